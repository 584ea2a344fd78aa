import type { Loader } from 'astro/loaders';

/**
 * Astro syncs content collections before it renders anything, and a module its schema refuses
 * stops the build there with Astro's own English error. The content check says the same in
 * Chinese, with every problem of every file at once, so collections wait for it: the curriculum
 * integration opens this gate once the check has passed (a failed check ends the build with its
 * list), and the loaders below start only then. The check runs on another thread meanwhile, beside
 * the rest of Astro's start-up (src/integrations/curriculum.ts).
 *
 * The gate lives on `globalThis` because the integration and src/content.config.ts are loaded by
 * different module loaders (Node and Vite) in the same process. With no gate (`astro sync`,
 * `astro check`) loaders start at once.
 */
const GATE = Symbol.for('curriculum.contentCheckGate');

/** The line a build prints once the content check has passed; `npm run build` holds Astro's output until it. */
export const CONTENT_CHECKED = '内容检查通过。';

type GateHolder = { [GATE]?: Promise<void> };

/** Called by the integration: collections load once `passed` resolves. */
export function setContentCheckGate(passed: Promise<void>): void {
  (globalThis as GateHolder)[GATE] = passed;
}

/** A loader that starts loading once the content check has passed. */
export function afterContentCheck<L extends Loader>(loader: L): L {
  return {
    ...loader,
    load: async (context) => {
      await (globalThis as GateHolder)[GATE];
      return loader.load(context);
    },
  };
}
