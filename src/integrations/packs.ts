import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { finishSite, readPackPlan } from '../lib/packs/finish-site.ts';
import { packsMode } from '../lib/packs/mode.ts';
import { renderPdfs } from '../lib/pdf/render-pdfs.ts';
import { sitePaths } from '../lib/routes.ts';

/** Where rendered PDFs are kept between builds; `npm run packs` and the CI templates use it too. */
export const PACK_CACHE_DIR = join('node_modules', '.cache', 'packs');

/**
 * Prints every pack to PDF once the site is built: the print pages under print/ go through a
 * headless Chromium, file sizes are written into the pages that link the packs, and print/ is
 * removed (finish-site.ts). `npm run packs` does the same for a site built with `html`, in one
 * go or in shards.
 */
export function packs(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'curriculum-packs',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Benchmarks of the site build measure pages only; packs have their own bench. `html`
        // keeps the print pages without printing them, for tests that read what a pack shows and
        // for `npm run packs -- --shard i/n` in CI.
        const mode = packsMode(process.env.CURRICULUM_PACKS);
        if (mode !== 'pdf') {
          logger.info(`已跳过学习包生成（CURRICULUM_PACKS=${mode}）。`);
          if (mode === 'off') rmSync(join(outDir, sitePaths.printRoot()), { recursive: true, force: true });
          return;
        }
        try {
          const plan = readPackPlan(outDir);
          const report = await renderPdfs(
            plan.map(({ source, output, title, date }) => ({ source, output, title, date })),
            { outDir, cacheDir: join(root, PACK_CACHE_DIR), base },
          );
          finishSite(outDir, report.sizes);
        } catch (error) {
          // The renderer's messages say what to do (e.g. which browser to install); no stack trace.
          logger.error((error as Error).message);
          process.exit(1);
        }
      },
    },
  };
}
