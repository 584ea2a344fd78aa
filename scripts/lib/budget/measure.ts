/**
 * Measures what a phone downloads, in gzip bytes on the wire: the first visit to a module page
 * (the page's own requests until the network is idle, no interaction), then another module in
 * the same browser, then a first search. The service worker's background precache after the
 * first visit is counted apart: it is not part of showing the page. Search engine files
 * (anything under /pagefind/) fetched by the page or the worker before the member searches are
 * counted on their own: there should be none.
 */
import type { Browser, BrowserContext, Request } from 'playwright-core';
import { sitePaths } from '../../../src/lib/routes/routes.ts';
import type { Figures } from './budgets.ts';

/** What a module page visit measures; the ledger page is measured apart (measure-ledger.ts). */
type PageFigures = Omit<Figures, 'ledgerTotal'>;

export interface MeasureOptions {
  /** e.g. http://127.0.0.1:4000 */
  origin: string;
  /** Two module page URLs under the base, e.g. ['/modules/dx-001/', '/modules/dx-002/']. */
  modules: readonly [string, string];
  /** A word the search index holds. */
  query: string;
}

export interface Measurement {
  figures: PageFigures;
  /** Bytes the service worker fetched in the background after the first visit. */
  precache: number;
  /** Requests of the first visit, for the report. */
  firstRequests: number;
}

interface Fetched {
  phase: string;
  type: string;
  bytes: number;
  byWorker: boolean;
  searchEngine: boolean;
}

/** A phone-sized context, as in the e2e tests. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};

async function record(request: Request, phase: string, log: Fetched[]): Promise<void> {
  // A request still finishing when its page closes can no longer be asked about.
  const response = await request.response().catch(() => null);
  if (!response) return;
  // Answered by the service worker from its cache: nothing crossed the network.
  const bytes = response.fromServiceWorker()
    ? 0
    : ((await request.sizes().catch(() => undefined))?.responseBodySize ?? 0);
  log.push({
    phase,
    type: request.resourceType(),
    bytes,
    byWorker: request.serviceWorker() !== null,
    searchEngine: new URL(request.url()).pathname.includes(`/${sitePaths.pagefind()}`),
  });
}

const sum = (entries: Fetched[]) => entries.reduce((total, entry) => total + entry.bytes, 0);

export async function measureInContext(
  context: BrowserContext,
  options: MeasureOptions,
): Promise<Measurement> {
  const log: Fetched[] = [];
  const pending: Promise<void>[] = [];
  let phase = 'first';
  context.on('requestfinished', (request) => pending.push(record(request, phase, log)));
  const page = await context.newPage();
  const settle = async () => {
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
  };

  await page.goto(`${options.origin}${options.modules[0]}`);
  await settle();
  phase = 'precache';
  await page.evaluate(() => navigator.serviceWorker?.ready.then(() => undefined));
  await page.waitForTimeout(500);
  await settle();

  phase = 'repeat';
  await page.goto(`${options.origin}${options.modules[1]}`);
  await settle();

  phase = 'search';
  await page.locator('site-search button[data-open-modal]').click();
  await page.getByRole('dialog').getByRole('searchbox').fill(options.query);
  await page.locator('.cm-search__message').filter({ hasText: /找到/ }).waitFor();
  await settle();
  await page.close();

  const first = log.filter((entry) => entry.phase === 'first' && !entry.byWorker);
  const beforeSearch = log.filter((entry) => entry.phase === 'first' || entry.phase === 'precache');
  return {
    figures: {
      firstTotal: sum(first),
      firstHtml: sum(first.filter((entry) => entry.type === 'document')),
      firstScript: sum(first.filter((entry) => entry.type === 'script')),
      firstSearchEngine: sum(beforeSearch.filter((entry) => entry.searchEngine)),
      repeatTotal: sum(log.filter((entry) => entry.phase === 'repeat')),
      searchTotal: sum(log.filter((entry) => entry.phase === 'search')),
    },
    precache: sum(
      log.filter((entry) => entry.byWorker && (entry.phase === 'first' || entry.phase === 'precache')),
    ),
    firstRequests: first.length,
  };
}

export async function measure(browser: Browser, options: MeasureOptions): Promise<Measurement> {
  const context = await browser.newContext(PHONE);
  try {
    return await measureInContext(context, options);
  } finally {
    await context.close();
  }
}
