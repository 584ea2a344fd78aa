import { join } from 'node:path';
import type { BuiltSite } from '../built-site/built-site.ts';
import { BuildStepFailure, type StepLog } from '../built-site/step-failure.ts';
import { renderPdfs } from './pdf/render-pdfs.ts';
import { sitePaths } from '../routes/routes.ts';
import { finishSite, readPackPlan } from './finish-site.ts';
import type { PacksMode } from './mode.ts';

/** Where rendered PDFs are kept between builds; `npm run packs` and the CI templates use it too. */
export const PACK_CACHE_DIR = join('node_modules', '.cache', 'packs');

export interface PrintOptions {
  /** The project root, which holds the PDF cache. */
  root: string;
  base: string;
  mode: PacksMode;
}

/**
 * Prints every pack of a built site to PDF: the print pages under print/ go through a headless
 * Chromium, each pack's size is written into the pages that link it, and print/ is removed
 * (finish-site.ts). `html` keeps the print pages unprinted, for tests that read what a pack shows
 * and for `npm run packs -- --shard i/n` in CI; `off` (benchmarks of the site build) removes them.
 */
export async function printPacks(site: BuiltSite, options: PrintOptions, log: StepLog): Promise<void> {
  if (options.mode !== 'pdf') {
    log.info(`已跳过学习包生成（CURRICULUM_PACKS=${options.mode}）。`);
    if (options.mode === 'off') site.removeFolder(sitePaths.printRoot());
    return;
  }
  try {
    const plan = readPackPlan(site.dir);
    const report = await renderPdfs(
      plan.map(({ source, output, title, date }) => ({ source, output, title, date })),
      { outDir: site.dir, cacheDir: join(options.root, PACK_CACHE_DIR), base: options.base },
    );
    finishSite(site, report.sizes);
  } catch (error) {
    // The renderer's messages say what to do (e.g. which browser to install).
    throw new BuildStepFailure((error as Error).message);
  }
}
