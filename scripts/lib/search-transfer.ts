// Measures what a phone downloads from /pagefind/ for its first search on a built site.
import { gzipSync } from 'node:zlib';
import { chromium, devices } from 'playwright-core';
import { locateBrowser } from '../../src/lib/browser/locate-browser.ts';
import { SEARCH_RANKING } from '../../src/lib/search/ranking.ts';

export interface TransferredFile {
  /** Path under /pagefind/, e.g. `index/zh-cn_1a2b.pf_index`. */
  file: string;
  /** Bytes as stored in the site. */
  bytes: number;
  /**
   * Bytes over a connection that compresses (any CDN or web server with gzip on): Pagefind's
   * index files are stored gzipped already, its JavaScript and wasm are not.
   */
  servedBytes: number;
}

export interface QueryTransfer {
  query: string;
  results: number;
  files: TransferredFile[];
  bytes: number;
  servedBytes: number;
}

/** How many results the search box shows at once, each needing its fragment file. */
const RESULTS_SHOWN = 5;

/**
 * Opens `pagePath` of a site served at the root of `origin` in a fresh phone browser (empty cache) and runs one search the way
 * the search box does: load Pagefind, its filter lists (the box shows them), the query, and the
 * fragments of the first results shown. Counts every /pagefind/ response from page load on.
 */
export async function measureFirstQuery(
  origin: string,
  pagePath: string,
  query: string,
): Promise<QueryTransfer> {
  const located = await locateBrowser();
  const browser = await chromium.launch({ executablePath: located.executablePath, args: located.args });
  try {
    const context = await browser.newContext({ ...devices['Pixel 7'] });
    const page = await context.newPage();
    const bodies: Promise<TransferredFile | undefined>[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      const at = pathname.indexOf('/pagefind/');
      if (at < 0) return;
      bodies.push(
        response.body().then(
          (body) => ({
            file: pathname.slice(at + '/pagefind/'.length),
            bytes: body.length,
            servedBytes: Math.min(body.length, gzipSync(body).length),
          }),
          () => undefined,
        ),
      );
    });
    await page.goto(new URL(pagePath, origin).href, { waitUntil: 'load' });
    const results = await page.evaluate(
      async ({ bundle, query, ranking, shown }) => {
        const pagefind = await import(bundle);
        await pagefind.options({ ranking });
        await pagefind.filters();
        const search = await pagefind.search(query);
        await Promise.all(
          search.results.slice(0, shown).map((result: { data(): Promise<unknown> }) => result.data()),
        );
        return search.results.length as number;
      },
      { bundle: '/pagefind/pagefind.js', query, ranking: SEARCH_RANKING, shown: RESULTS_SHOWN },
    );
    const files = (await Promise.all(bodies)).filter((file) => file !== undefined);
    return {
      query,
      results,
      files,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      servedBytes: files.reduce((sum, file) => sum + file.servedBytes, 0),
    };
  } finally {
    await browser.close();
  }
}
