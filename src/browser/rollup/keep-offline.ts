import { OFFLINE_CACHES } from '../../lib/offline/cache-names.ts';
import type { LedgerOfflineList } from '../../lib/offline/write-offline.ts';
import { routes } from '../../site-routes.ts';

/**
 * Keeps the rollup page for use without a network, on the organizer's first visit, as the ledger
 * does (src/browser/ledger/setup/keep-offline.ts): its page, its data and every script it may
 * load, listed at build time in `rollup/offline.json`; members never download these.
 */
export async function keepRollupOffline(): Promise<void> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  if (!navigator.serviceWorker.controller) {
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  }
  const response = await fetch(routes.rollupOffline());
  if (!response.ok) return;
  const list = (await response.json()) as LedgerOfflineList;
  const [assets, pages] = await Promise.all([
    caches.open(OFFLINE_CACHES.assets),
    caches.open(OFFLINE_CACHES.pages),
  ]);
  const missing = await Promise.all(list.files.map(async (url) => ((await assets.match(url)) ? [] : [url])));
  await assets.addAll(missing.flat());
  await pages.addAll(list.pages);
}
