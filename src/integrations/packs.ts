import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillPackSizes } from '../lib/packs/fill-sizes.ts';
import { packsMode } from '../lib/packs/mode.ts';
import type { PackFile } from '../lib/packs/plan.ts';
import { renderPdfs } from '../lib/pdf/render-pdfs.ts';
import { sitePaths } from '../lib/routes.ts';

/**
 * Prints every pack to PDF once the site is built: the print pages under print/ go through a
 * headless Chromium, file sizes are written into the pages that link the packs, and print/ is
 * removed so that it (and the CJK print font it uses) never reaches a phone.
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
        // keeps the print pages without printing them, for tests that read what a pack shows.
        const mode = packsMode(process.env.CURRICULUM_PACKS);
        if (mode !== 'pdf') {
          logger.info(`已跳过学习包生成（CURRICULUM_PACKS=${mode}）。`);
          if (mode === 'off') rmSync(join(outDir, sitePaths.printRoot()), { recursive: true, force: true });
          return;
        }
        const plan = JSON.parse(readFileSync(join(outDir, sitePaths.packPlan()), 'utf8')) as PackFile[];
        try {
          const report = await renderPdfs(
            plan.map(({ source, output, title }) => ({ source, output, title })),
            { outDir, cacheDir: join(root, 'node_modules', '.cache', 'packs'), base },
          );
          fillSizes(outDir, report.sizes);
        } catch (error) {
          // The renderer's messages say what to do (e.g. which browser to install); no stack trace.
          logger.error((error as Error).message);
          process.exit(1);
        }
        rmSync(join(outDir, sitePaths.printRoot()), { recursive: true, force: true });
      },
    },
  };
}

function fillSizes(outDir: string, sizes: Record<string, number>): void {
  for (const file of readdirSync(outDir, { recursive: true }).map(String)) {
    if (!file.endsWith('.html') || file.startsWith(sitePaths.printRoot())) continue;
    const path = join(outDir, file);
    const html = readFileSync(path, 'utf8');
    if (!html.includes('data-pack-size')) continue;
    writeFileSync(path, fillPackSizes(html, sizes));
  }
}
