/**
 * The first visit to the branch ledger (/branch/) on a phone, in gzip bytes on the wire: the page,
 * its styles and scripts, and `branch/data.json`, until the network is idle and the setup form is
 * ready. The spreadsheet reader and the camera decoder load only when a file or the camera is
 * opened, so they are not part of it; nor is the service worker's background precache.
 */
import type { Browser, Request } from 'playwright-core';
import { createRoutes } from '../../../src/lib/routes/routes.ts';
import { PHONE } from './measure.ts';

export interface LedgerMeasurement {
  bytes: number;
  requests: number;
}

export async function measureLedger(
  browser: Browser,
  origin: string,
  base: string,
): Promise<LedgerMeasurement> {
  const context = await browser.newContext(PHONE);
  const sizes: Promise<number>[] = [];
  const count = (request: Request) => {
    if (request.serviceWorker()) return;
    sizes.push(
      request.sizes().then(
        (size) => size.responseBodySize,
        () => 0,
      ),
    );
  };
  context.on('requestfinished', count);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${createRoutes(base).branch()}`);
    await page.locator('[data-setup-form]').waitFor();
    await page.waitForLoadState('networkidle');
    context.off('requestfinished', count);
    const bytes = (await Promise.all(sizes)).reduce((total, size) => total + size, 0);
    return { bytes, requests: sizes.length };
  } finally {
    await context.close();
  }
}
