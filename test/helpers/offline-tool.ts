import { expect, type BrowserContext, type Page } from '@playwright/test';
import { join } from 'node:path';
import { startGzipServer } from '../../scripts/lib/budget/gzip-server.ts';
import { projectRoot } from './content.ts';

/**
 * A tool's first visit online (the branch ledger, the rollup), served gzipped from dist/ as a
 * phone gets it: waits until the page has kept everything its offline list names (`offlineList`,
 * e.g. `branch/offline.json`: its pages, data and lazily loaded scripts; keep-tool-offline.ts),
 * then cuts the network and reloads. Waiting for the data file alone was not enough: the
 * worker's own route caches it when the page reads it, before the scripts are kept. Returns the
 * origin it was served from, to tell off-site requests.
 */
export async function visitOnceThenGoOffline(
  page: Page,
  context: BrowserContext,
  toolPath: string,
  offlineList: string,
): Promise<string> {
  const server = await startGzipServer(join(projectRoot, 'dist'), '/', 0);
  try {
    await page.goto(`${server.origin}/${toolPath}`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect
      .poll(
        () =>
          page.evaluate(
            async (listUrl) => {
              const list = (await (await fetch(listUrl)).json()) as { pages: string[]; files: string[] };
              const kept = await Promise.all(
                [...list.pages, ...list.files].map((url) => caches.match(new URL(url, location.href).href)),
              );
              return kept.every(Boolean);
            },
            new URL(`/${offlineList}`, server.origin).href,
          ),
        { timeout: 30_000 },
      )
      .toBe(true);
  } finally {
    await server.close();
  }
  await context.setOffline(true);
  await page.reload();
  return server.origin;
}
