import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { BuiltSite } from '../built-site/built-site.ts';
import { BuildStepFailure, type StepLog } from '../built-site/step-failure.ts';
import { sitePaths } from '../routes/routes.ts';
import { digestLesson } from './lesson-digest.ts';
import { searchableDocument } from './searchable-document.ts';

/**
 * Indexes a built site into `pagefind/`. Starlight would run Pagefind over the whole output folder
 * in its own `astro:build:done` hook; it is switched off in astro.config.mjs (`pagefind: false`,
 * which changes nothing else: Starlight still marks what each page lets search index) and the
 * build's one post-build pipeline runs it here instead, with the pages Starlight's indexing would
 * take: only what Pagefind reads of each (`searchableDocument`), each module's lesson as a digest
 * of its words (`digestLesson`). The pages are handed to Pagefind one at a time rather than as a
 * directory: Pagefind reads a directory all at once, and at 2,000 modules it then peaked at
 * 2.23 GB instead of 1.73 GB (docs/performance.md, Build performance).
 */
export async function indexSite<T = void>(
  site: BuiltSite,
  log: StepLog,
  /**
   * Work that needs the pages but not the index, run once Pagefind has read every page, while it
   * builds and writes the index in its own process (about half of the indexing time, when this
   * process would only wait); it may rewrite pages. Its result is what `indexSite` resolves to; what
   * it throws, `indexSite` throws once Pagefind has finished.
   */
  whileWriting: () => T = () => undefined as T,
): Promise<T> {
  const started = performance.now();
  // Read by the Pagefind binary that createIndex starts, which inherits this environment.
  process.env[CHUNK_SIZE_VARIABLE] ??= String(INDEX_CHUNK_LOCATIONS);
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new BuildStepFailure(`搜索索引生成失败：${errors.join('\n')}`);
    const pages = searchablePages(site);
    await inParallel(pages, PAGES_IN_FLIGHT, async (sourcePath) => {
      const added = await index.addHTMLFile({
        sourcePath,
        content: digestLesson(searchableDocument(site.text(sourcePath)), segmenter),
      });
      if (added.errors.length)
        throw new BuildStepFailure(`搜索索引生成失败：${sourcePath}：${added.errors.join('\n')}`);
    });
    const writing = index.writeFiles({ outputPath: join(site.dir, 'pagefind') });
    // Pagefind finishes writing before anything is thrown, so its process closes cleanly.
    const outcome = attempt(whileWriting);
    const written = await writing;
    if ('error' in outcome) throw outcome.error;
    if (written.errors.length) throw new BuildStepFailure(`搜索索引生成失败：${written.errors.join('\n')}`);
    log.info(
      `搜索索引已生成：${pages.length} 个页面，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。`,
    );
    return outcome.value;
  } finally {
    await pagefind.close();
  }
}

function attempt<T>(work: () => T): { value: T } | { error: unknown } {
  try {
    return { value: work() };
  } catch (error) {
    return { error };
  }
}

/**
 * How many word occurrences Pagefind puts in one index file (its default is 20,000). A member's
 * query downloads every file whose word range its words fall in, so smaller files mean fewer
 * bytes per query, and more of them a longer file list in the metadata every search loads first.
 * At 2,000 modules 5,000 gave the smallest first search (`npm run bench:search`; docs/search.md).
 * Pagefind 1.6 reads it from an environment variable it calls unstable: the pinned version and
 * the recall suite (test/search/) guard it at upgrades.
 */
const INDEX_CHUNK_LOCATIONS = 5000;
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** A few pages in flight, so Pagefind never waits for a file to be read; more made no difference. */
const PAGES_IN_FLIGHT = 4;

/**
 * The pages search indexes, in the site's stable order (page numbers in the index follow it).
 * Starlight marks the content of every page it wants indexed with `data-pagefind-body`, and
 * Pagefind then skips pages without it (list pages, which have `pagefind: false`); such pages
 * are left out here instead of being sent to Pagefind only to be dropped.
 */
export function searchablePages(site: BuiltSite): string[] {
  return site.pages.filter((file) => !file.startsWith(sitePaths.pagefind()) && isSearchable(site.text(file)));
}

export function isSearchable(html: string): boolean {
  return html.includes('data-pagefind-body');
}

/** Runs `task` over `items` with at most `limit` running at once; the first failure rejects. */
async function inParallel<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
