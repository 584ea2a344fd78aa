/**
 * Registers the service worker on every built page and keeps the page being read, so that a
 * module read once opens again without a network. Browsers without service workers (iOS
 * WeChat's web view, old browsers) simply skip this.
 */
import { OFFLINE_CACHES } from '../../lib/offline/cache-names.ts';
import { imageUrlsIn } from '../../lib/offline/page-assets.ts';
import { routes } from '../../site-routes.ts';

/**
 * Keeps the page being read and every image its HTML names. The first visit is not yet served by
 * the worker, so the page is stored here; later ones the worker stores. Images are checked on
 * every visit: the worker caches an image only once it loads, and a lazy one not scrolled to
 * (the module's QR code) would otherwise be missing offline.
 */
async function keepThisPage(): Promise<void> {
  const url = location.href.split('#')[0]!;
  const pages = await caches.open(OFFLINE_CACHES.pages);
  let page = await pages.match(url);
  if (!page) {
    // force-cache: the browser's HTTP cache already holds what was just downloaded.
    const response = await fetch(url, { cache: 'force-cache' });
    if (!response.ok) return;
    await pages.put(url, response.clone());
    page = response;
  }
  const html = await page.text();
  const images = await caches.open(OFFLINE_CACHES.images);
  for (const image of imageUrlsIn(html)) {
    if (await images.match(image)) continue;
    const copy = await fetch(image, { cache: 'force-cache' }).catch(() => undefined);
    if (copy?.ok) await images.put(image, copy);
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
