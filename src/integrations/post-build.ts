import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { BuiltSite } from '../lib/built-site/built-site.ts';
import { releaseMemoryIfLarge } from '../lib/built-site/release-memory.ts';
import { BuildStepFailure, type StepLog } from '../lib/built-site/step-failure.ts';
import { secureBuiltSite } from '../lib/built-site/secure-site.ts';
import { writeOfflineManifest, writeServiceWorker } from '../lib/offline/write-offline.ts';
import { packsMode } from '../lib/packs/mode.ts';
import { printPacks } from '../lib/packs/print-site.ts';
import { indexSite } from '../lib/search/index-site.ts';

/**
 * Everything that happens to the site after Astro has written it, in one place and one order, for
 * `astro build` and `npm run build` alike. The site is walked once (BuiltSite) and each step
 * reads it from there:
 *   1. the packs are printed and their sizes written into the pages that link them;
 *   2. the search index, from the pages as they now are; while Pagefind's own process builds and
 *      writes it, this one checks the pages (no active SVG, no inline code a page's CSP would
 *      block), tightens each page's CSP (neither touches what search reads) and writes the
 *      offline manifest (page revisions, so after the CSP pass);
 *   3. the service worker, last, because it precaches the offline page the steps before it wrote.
 * A step that finds the site unfit stops the build with its Chinese message and no stack trace.
 */
export function postBuild(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'curriculum-post-build',
    hooks: {
      'astro:config:setup': ({ command, injectScript }) => {
        // In dev a worker would cache pages mid-edit; only built sites register one.
        if (command === 'build') injectScript('page', `import '/src/browser/offline/offline-register.ts';`);
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        releaseMemoryIfLarge();
        try {
          await finishBuiltSite(new BuiltSite(fileURLToPath(dir)), { root, base }, logger);
        } catch (error) {
          if (!(error instanceof BuildStepFailure)) throw error;
          logger.error(error.message);
          process.exit(1);
        }
      },
    },
  };
}

/** The steps above, on a built site. */
export async function finishBuiltSite(
  site: BuiltSite,
  { root, base }: { root: string; base: string },
  log: StepLog,
): Promise<void> {
  await printPacks(site, { root, base, mode: packsMode(process.env.CURRICULUM_PACKS) }, log);
  const manifest = await indexSite(site, log, () => {
    secureBuiltSite(site);
    return writeOfflineManifest(site, base);
  });
  await writeServiceWorker(site, manifest, base, log);
}
