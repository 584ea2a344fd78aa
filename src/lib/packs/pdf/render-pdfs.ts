/**
 * Turns built print pages into PDFs: each job's content hash is looked up in the cache first, and
 * only the misses start a browser (render-misses.ts). See src/lib/packs/pdf/README.md for the design,
 * the cache rules and the errors callers should expect.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { browserVersion } from './browser/browser-version.ts';
import { locateBrowser } from './browser/locate-browser.ts';
import { createCacheKeyer } from './cache-key.ts';
import { engineVersion, findFontPackage, PAGE_TIMEOUT_MS } from './engine.ts';
import { describeFailure, formatFailures, PDF_MESSAGES, PdfRenderError, type JobFailure } from './errors.ts';
import { pruneCache, restoreFromCache } from './pdf-cache.ts';
import { planJobs } from './plan-jobs.ts';
import { runPool } from './pool.ts';
import { createProgress, formatSummary } from './progress.ts';
import type { Miss } from './render-misses.ts';
import type { PdfJob } from './job.ts';
import { normalizeBase } from './url-map.ts';

export type { PdfJob } from './job.ts';

export interface RenderOptions {
  /** Absolute path of the built site. */
  outDir: string;
  /** e.g. <root>/node_modules/.cache/packs. A successful run deletes the PDFs it did not use. */
  cacheDir: string;
  /**
   * Default true. False for one shard of a build (`npm run packs -- --shard`): the other shards'
   * PDFs are not in its job list but still belong in the cache; the merge step prunes instead.
   */
  prune?: boolean;
  /**
   * Parallel tabs, default 3: on 2 cores a third tab keeps both busy while another waits for its
   * page or its PDF (`npm run bench:packs`: 3 tabs were as fast or faster than 2 in five paired runs).
   */
  concurrency?: number;
  /** Defaults to stderr; progress bar on a TTY, plain periodic lines otherwise. */
  log?: (line: string) => void;
  /** The site's BASE_PATH, e.g. '/training/'; outDir is served under it. Default '/'. */
  base?: string;
}

export interface RenderReport {
  rendered: number;
  fromCache: number;
  ms: number;
  /** PDF size in bytes by job output. */
  sizes: Record<string, number>;
  /** Cache key by job output: the PDF is `<cacheDir>/<key>.pdf` after the run. */
  keys: Record<string, string>;
}

/** Files opened at once while hashing; thousands of pages must not exhaust file handles. */
const KEY_READS_AT_ONCE = 16;

export async function renderPdfs(jobs: PdfJob[], options: RenderOptions): Promise<RenderReport> {
  const started = Date.now();
  const { outDir, cacheDir, concurrency = 3 } = options;
  const base = normalizeBase(options.base);
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const planned = planJobs(jobs, outDir);
  if (planned.length === 0)
    return { rendered: 0, fromCache: 0, ms: Date.now() - started, sizes: {}, keys: {} };

  const font = findFontPackage();
  // Located (not started) even when every job will hit: the browser's version is part of each key.
  // BrowserNotFoundError passes through: its message already says what to do.
  const browser = await locateBrowser();
  await mkdir(cacheDir, { recursive: true });
  const keyFor = createCacheKeyer({
    base,
    engine: engineVersion(font, await browserVersion(browser)),
    read: (path) => readFile(join(outDir, path)).catch(() => undefined),
  });
  const keys = await runPool(planned, KEY_READS_AT_ONCE, ({ job }) =>
    keyFor(job.source, job.title, job.date),
  );

  const failures: (JobFailure & { index: number })[] = [];
  const misses: Miss[] = [];
  for (const [i, plan] of planned.entries()) {
    const result = keys[i]!;
    const key = result.ok ? result.value : undefined;
    if (!key) {
      const reason = result.ok
        ? PDF_MESSAGES.missingSource(plan.job.source)
        : describeFailure(result.error, PAGE_TIMEOUT_MS);
      failures.push({ job: plan.job, index: plan.index, reason });
      continue;
    }
    await mkdir(dirname(plan.outputPath), { recursive: true });
    if (!(await restoreFromCache(cacheDir, key, plan.outputPath))) misses.push({ plan, key });
  }
  const fromCache = planned.length - failures.length - misses.length;

  let rendered = 0;
  if (misses.length > 0) {
    log(`生成学习包：共 ${planned.length} 个，缓存复用 ${fromCache} 个，需要新生成 ${misses.length} 个`);
    const terminal = !options.log && process.stderr.isTTY ? process.stderr : undefined;
    const progress = createProgress({ total: misses.length, log, terminal });
    // Loaded only when needed: playwright-core takes about 0.4 s to import, which a build whose
    // packs all come from the cache (and every `astro dev` start loading the integration) skips.
    const { renderMisses } = await import('./render-misses.ts');
    const outcome = await renderMisses(misses, {
      outDir,
      base,
      fontDir: font.dir,
      cacheDir,
      concurrency,
      progress,
      browser,
    });
    rendered = outcome.rendered;
    failures.push(...outcome.failures);
  }

  if (failures.length > 0) {
    failures.sort((a, b) => a.index - b.index);
    throw new PdfRenderError(formatFailures(failures, planned.length), failures);
  }
  // Only after a complete run: the usual fix for a failed page reverts the change that broke it,
  // and then its previous PDF is still in the cache.
  const used = planned.map((_, i) => keys[i]!).flatMap((key) => (key.ok && key.value ? [key.value] : []));
  if (options.prune !== false) await pruneCache(cacheDir, new Set(used));
  const sizes: Record<string, number> = {};
  for (const { job, outputPath } of planned) sizes[job.output] = (await stat(outputPath)).size;
  const byOutput = Object.fromEntries(planned.map(({ job }, i) => [job.output, used[i]!]));
  const report = { rendered, fromCache, ms: Date.now() - started, sizes, keys: byOutput };
  log(formatSummary(report));
  return report;
}
