import { expect, type BrowserContext, type Page } from '@playwright/test';
import { join } from 'node:path';
import { startGzipServer } from '../../scripts/lib/budget/gzip-server.ts';
import { projectRoot } from './content.ts';

/**
 * A tool's first visit online (the branch ledger, the rollup), served gzipped from dist/ as a
 * phone gets it: waits until the service worker has kept the page and its data file, then cuts
 * the network and reloads. Returns the origin it was served from, to tell off-site requests.
 */
export async function visitOnceThenGoOffline(
  page: Page,
  context: BrowserContext,
  toolPath: string,
  dataPath: string,
): Promise<string> {
  const server = await startGzipServer(join(projectRoot, 'dist'), '/', 0);
  try {
    await page.goto(`${server.origin}/${toolPath}`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect
      .poll(() =>
        page.evaluate(
          async (dataUrl) => {
            const kept = await caches.match(location.href.split('#')[0]!);
            return Boolean(kept && (await caches.match(dataUrl, { ignoreSearch: true })));
          },
          new URL(`/${dataPath}`, server.origin).href,
        ),
      )
      .toBe(true);
  } finally {
    await server.close();
  }
  await context.setOffline(true);
  await page.reload();
  return server.origin;
}
