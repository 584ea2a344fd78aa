/**
 * The part of a run that needs a browser: serves outDir, prints the pages whose key missed the
 * cache on a pool of tabs, and stores each finished PDF in the cache. A PDF is written under a
 * temp name and renamed when complete, so a failed or interrupted job leaves nothing in outDir.
 */
import { rename, rm } from 'node:fs/promises';
import type { LocatedBrowser } from './browser/locate-browser.ts';
import { PAGE_TIMEOUT_MS, PDF_DEFAULT_DATE } from './engine.ts';
import { describeFailure, type JobFailure } from './errors.ts';
import type { PlannedJob } from './plan-jobs.ts';
import { saveToCache, tempPathFor } from './pdf-cache.ts';
import { runPool } from './pool.ts';
import type { Progress } from './progress.ts';
import { openRenderer } from './renderer.ts';
import { startStaticServer } from './static-server.ts';
import { pageUrl } from './url-map.ts';

export interface Miss {
  plan: PlannedJob;
  key: string;
}

export interface RenderContext {
  outDir: string;
  base: string;
  fontDir: string;
  cacheDir: string;
  concurrency: number;
  progress: Progress;
  browser: LocatedBrowser;
}

/** Renders every miss; returns how many succeeded and why the others failed. */
export async function renderMisses(misses: Miss[], context: RenderContext) {
  const { cacheDir, progress } = context;
  const server = await startStaticServer(context);
  try {
    const renderer = await openRenderer(context.browser);
    try {
      const results = await runPool(misses, context.concurrency, async ({ plan, key }, _, lane) => {
        const temp = tempPathFor(plan.outputPath);
        try {
          const url = pageUrl(server.origin, context.base, plan.job.source);
          const date = plan.job.date ?? PDF_DEFAULT_DATE;
          await renderer.print(lane, { url, title: plan.job.title, path: temp, date, base: context.base });
          await rename(temp, plan.outputPath);
          await saveToCache(cacheDir, key, plan.outputPath);
        } finally {
          await rm(temp, { force: true });
          progress.tick();
        }
      });
      const failures: (JobFailure & { index: number })[] = [];
      results.forEach((result, i) => {
        const { job, index } = misses[i]!.plan;
        if (!result.ok) failures.push({ job, index, reason: describeFailure(result.error, PAGE_TIMEOUT_MS) });
      });
      return { rendered: misses.length - failures.length, failures };
    } finally {
      await renderer.close();
    }
  } finally {
    progress.finish();
    await server.close();
  }
}
