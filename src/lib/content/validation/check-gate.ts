import type { Loader } from 'astro/loaders';

/**
 * The content check runs on another thread while Astro starts, syncs its collections and bundles
 * the pages (src/integrations/curriculum.ts); waiting for it before the sync left a core idle for
 * most of the check. What must not happen is Astro's own English error standing in for the
 * check's Chinese list, or a page being rendered from content that failed the check. So:
 *   - a collection whose loading fails (a module its schema refuses) waits for the check's verdict
 *     before it fails: broken content stops the build with only the checker's list of problems;
 *   - the page bundle waits for the verdict when it ends, whether it built or failed (an MDX body
 *     that does not compile), so nothing is rendered or written before the check has passed.
 *
 * The gate lives on `globalThis` because the integration and src/content.config.ts are loaded by
 * different module loaders (Node and Vite) in the same process. With no gate (`astro sync`,
 * `astro check`) nothing waits.
 */
const GATE = Symbol.for('curriculum.contentCheckGate');

/** The line a build prints once the content check has passed; `npm run build` holds Astro's output until it. */
export const CONTENT_CHECKED = '内容检查通过。';

type GateHolder = { [GATE]?: Promise<void> };

/**
 * Called by the integration with the check's verdict: it resolves once the check has passed (a
 * failed check ends the process with its list of problems, so it never resolves then).
 */
export function setContentCheckGate(passed: Promise<void>): void {
  (globalThis as GateHolder)[GATE] = passed;
}

/** Resolves once the content check has passed (at once when no build set a gate). */
export function contentCheckPassed(): Promise<void> {
  return (globalThis as GateHolder)[GATE] ?? Promise.resolve();
}

/** A loader that loads at once, but fails only after the content check has given its verdict. */
export function failsAfterContentCheck<L extends Loader>(loader: L): L {
  return {
    ...loader,
    load: async (context) => {
      try {
        return await loader.load(context);
      } catch (error) {
        await contentCheckPassed();
        throw error;
      }
    },
  };
}
