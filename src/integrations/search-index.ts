import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { digestLesson } from '../lib/search/lesson-digest.ts';
import { searchableDocument } from '../lib/search/searchable-document.ts';

/**
 * What `npm run build` (scripts/build.ts) sets for Astro: it indexes the site with `indexSite`
 * once Astro has exited, so the build never holds Astro's memory and Pagefind's at once.
 */
export const INDEX_AFTER_BUILD = { CURRICULUM_SEARCH_INDEX: 'after-build' } as const;

/**
 * Starlight runs Pagefind in its `astro:build:done` hook, inside the Astro process. By then that
 * process holds everything the build allocated (2.3 GB at 2,000 modules, of which 0.35 GB is live
 * JavaScript: the rest is the bundler's and V8's retained memory), and Pagefind adds 1.4 GB on
 * top. When `npm run build` will index afterwards, this leaves Starlight's hook out; a bare
 * `astro build` still indexes as Starlight does. The page markup stays as it is: only where the
 * indexer runs and what it is given (`indexSite`: each lesson as a digest of its words) change.
 * The search box reads either index: it shows a module's summary, not an excerpt.
 */
/** Whether this Astro run leaves indexing (and what needs the index) to `npm run build`. */
export function indexesAfterBuild(): boolean {
  return process.env.CURRICULUM_SEARCH_INDEX === INDEX_AFTER_BUILD.CURRICULUM_SEARCH_INDEX;
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'curriculum-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!indexesAfterBuild()) return;
        const starlight = config.integrations.find(({ name }) => name === '@astrojs/starlight');
        // Starlight's build:done hook does one thing: run Pagefind (see its dist/index.js).
        if (starlight?.hooks['astro:build:done']) delete starlight.hooks['astro:build:done'];
      },
    },
  };
}

/**
 * Indexes the built site in `outDir` into `pagefind/`, with the pages Starlight's indexing would
 * take: only what Pagefind reads of each (`searchableDocument`), each module's lesson as a digest
 * of its words (`digestLesson`). The pages are handed to Pagefind one at a time rather than as a
 * directory: Pagefind reads a directory all at once, and at 2,000 modules it then peaked at
 * 2.23 GB instead of 1.73 GB, above the 1.72 GB of the whole Astro build before it (see
 * docs/performance.md, Build performance).
 */
export async function indexSite<T = void>(
  outDir: string,
  log: Pick<AstroIntegrationLogger, 'info'>,
  /**
   * Work that needs the pages but not the index, run while Pagefind builds and writes the index
   * in its own process (about half of the indexing time, when this process would only wait).
   * Its result is what `indexSite` resolves to.
   */
  whileWriting: () => T = () => undefined as T,
): Promise<T> {
  const started = performance.now();
  // Read by the Pagefind binary that createIndex starts, which inherits this environment.
  process.env[CHUNK_SIZE_VARIABLE] ??= String(INDEX_CHUNK_LOCATIONS);
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(errors.join('\n'));
    let pages = 0;
    await inParallel(await builtPages(outDir), PAGES_IN_FLIGHT, async (sourcePath) => {
      const content = await readFile(join(outDir, sourcePath), 'utf8');
      if (!isSearchable(content)) return;
      const added = await index.addHTMLFile({
        sourcePath,
        content: digestLesson(searchableDocument(content), segmenter),
      });
      if (added.errors.length) throw new Error(`${sourcePath}: ${added.errors.join('\n')}`);
      pages++;
    });
    const writing = index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    const result = whileWriting();
    const written = await writing;
    if (written.errors.length) throw new Error(written.errors.join('\n'));
    log.info(
      `搜索索引已生成：${pages} 个页面，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。`,
    );
    return result;
  } finally {
    await pagefind.close();
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
 * Every HTML page under `outDir`, relative to it (Pagefind makes each URL from that path), in a
 * stable order: page numbers in the index follow it, so two builds of one site give the same files.
 */
export async function builtPages(outDir: string): Promise<string[]> {
  return (await readdir(outDir, { recursive: true }))
    .map((path) => path.split(sep).join('/'))
    .filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/'))
    .sort();
}

/**
 * Starlight marks the content of every page it wants indexed with `data-pagefind-body`, and
 * Pagefind then skips pages without it (list pages, which have `pagefind: false`). Such pages
 * are left out here instead of being sent to Pagefind only to be dropped.
 */
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
