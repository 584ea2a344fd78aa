import { OFFLINE_CACHES } from '../../lib/offline/cache-names.ts';
import type { LedgerOfflineList } from '../../lib/offline/write-offline.ts';

/**
 * Keeps a secretary's or organizer's tool (the ledger, the rollup) for use without a network, on
 * their first visit: its pages, its data and every script it may load (the spreadsheet and camera
 * code too), listed at build time in `<tool>/offline.json`. Members never download these: they
 * are not in the first visit's shell. Runs once the service worker controls the page (on a first
 * visit that is a moment after loading); without a worker (iOS WeChat) there is nothing to keep
 * them in.
 */
export async function keepToolOffline(listUrl: string): Promise<void> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  if (!navigator.serviceWorker.controller) {
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  }
  const response = await fetch(listUrl);
  if (!response.ok) return;
  const list = (await response.json()) as LedgerOfflineList;
  const [assets, pages] = await Promise.all([
    caches.open(OFFLINE_CACHES.assets),
    caches.open(OFFLINE_CACHES.pages),
  ]);
  const missing = async (cache: Cache, urls: string[]) =>
    (await Promise.all(urls.map(async (url) => ((await cache.match(url)) ? undefined : url)))).filter(
      (url): url is string => url !== undefined,
    );
  await assets.addAll(await missing(assets, list.files));
  // Pages change with each build: stored afresh on every visit, like a page read online.
  await pages.addAll(list.pages);
}
