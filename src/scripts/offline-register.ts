/**
 * Registers the service worker on every built page and keeps the page being read, so that a
 * module read once opens again without a network. Browsers without service workers (iOS
 * WeChat's web view, old browsers) simply skip this.
 */
import { OFFLINE_CACHES } from '../lib/offline/cache-names.ts';
import { routes } from '../site-routes.ts';

/** The first visit is not yet served by the worker, so the page and its images are stored here. */
async function keepThisPage(): Promise<void> {
  const url = location.href.split('#')[0]!;
  const pages = await caches.open(OFFLINE_CACHES.pages);
  if (await pages.match(url)) return;
  // force-cache: the browser's HTTP cache already holds what was just downloaded.
  const response = await fetch(url, { cache: 'force-cache' });
  if (response.ok) await pages.put(url, response);
  const images = await caches.open(OFFLINE_CACHES.images);
  for (const image of document.querySelectorAll('img')) {
    if (!image.currentSrc || new URL(image.currentSrc).origin !== location.origin) continue;
    if (await images.match(image.currentSrc)) continue;
    const copy = await fetch(image.currentSrc, { cache: 'force-cache' }).catch(() => undefined);
    if (copy?.ok) await images.put(image.currentSrc, copy);
  }
}

if ('serviceWorker' in navigator && 'caches' in window) {
  // After load, so the worker's precache never competes with the page on a weak network.
  addEventListener('load', () => {
    navigator.serviceWorker
      .register(routes.serviceWorker(), { scope: routes.home() })
      .then(() => navigator.serviceWorker.ready)
      .then(keepThisPage)
      .catch(() => {
        // No worker (private mode, storage blocked): the site still works online.
      });
  });
}
