// Measures what a phone downloads for its first search on a built site, through the search box.
import { gzipSync } from 'node:zlib';
import { chromium, devices } from 'playwright-core';
import { locateBrowser } from '../../src/lib/packs/pdf/browser/locate-browser.ts';
import { sitePaths } from '../../src/lib/routes/routes.ts';
import { RESULTS_PER_PAGE } from '../../src/lib/search/result-view.ts';

export interface TransferredFile {
  /** Path under /pagefind/, e.g. `index/zh-cn_1a2b.pf_index` (the search box's: its URL path). */
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
  /** Everything from /pagefind/ from page load until the first results are shown. */
  files: TransferredFile[];
  bytes: number;
  servedBytes: number;
  /** What opening 筛选 then loads: the filter lists, which the search box fetches only then. */
  filterFiles: TransferredFile[];
  /** The search box's own code and styles (from /_astro/), loaded when search is opened. */
  searchBoxServedBytes: number;
}

/**
 * Opens `pagePath` of a site served at the root of `origin` in a fresh phone browser (empty cache),
 * opens the search dialog, types `query` and waits for the results the search box shows; then
 * opens 筛选. Counts every /pagefind/ response up to the first results, and those after.
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
    let bodies: Promise<TransferredFile | undefined>[] = [];
    const searchBox: Promise<TransferredFile | undefined>[] = [];
    let searchOpened = false;
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      const folder = `/${sitePaths.pagefind()}`;
      const at = pathname.indexOf(folder);
      const file = at < 0 ? undefined : pathname.slice(at + folder.length);
      if (file === undefined && !(searchOpened && pathname.includes('/_astro/'))) return;
      const measured = response.body().then(
        (body) => ({
          file: file ?? pathname,
          bytes: body.length,
          servedBytes: Math.min(body.length, gzipSync(body).length),
        }),
        () => undefined,
      );
      (file === undefined ? searchBox : bodies).push(measured);
    });
    await page.goto(new URL(pagePath, origin).href, { waitUntil: 'load' });
    searchOpened = true;
    await page.locator('site-search button[data-open-modal]').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox').fill(query);
    const message = dialog.locator('.cm-search__message');
    await message.filter({ hasText: /找到|未找到/ }).waitFor();
    const results = Number(/找到 (\d+) 条/.exec((await message.textContent()) ?? '')?.[1] ?? 0);
    const items = dialog.locator('.cm-search__result');
    if (results > 0) await items.nth(Math.min(results, RESULTS_PER_PAGE) - 1).waitFor();
    await page.waitForLoadState('networkidle');
    const files = await settled(bodies);
    bodies = [];
    await dialog.getByText('筛选', { exact: true }).click();
    await dialog.locator('.cm-search__filter').first().waitFor();
    await page.waitForLoadState('networkidle');
    const filterFiles = await settled(bodies);
    return {
      query,
      results,
      files,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      servedBytes: files.reduce((sum, file) => sum + file.servedBytes, 0),
      filterFiles,
      searchBoxServedBytes: (await settled(searchBox)).reduce((sum, file) => sum + file.servedBytes, 0),
    };
  } finally {
    await browser.close();
  }
}

async function settled(bodies: Promise<TransferredFile | undefined>[]): Promise<TransferredFile[]> {
  return (await Promise.all(bodies)).filter((file) => file !== undefined);
}
