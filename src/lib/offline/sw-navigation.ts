import { sitePaths } from '../routes/routes.ts';
import { OFFLINE_CACHES } from './cache-names.ts';
import { offlineTarget } from './offline-target.ts';
import { savedPagesOf, savedTitleOf, withSavedList, type SavedPage } from './saved-list.ts';

/**
 * What the service worker does with a page navigation that neither the network nor the page
 * cache answers: a workbox plugin, bundled into the worker (src/browser/offline/service-worker.ts).
 */

/** The worker's scope, the site's base URL, e.g. `https://host/training/`. */
const scope = () => (globalThis as unknown as { registration: { scope: string } }).registration.scope;

/** The precached offline page, with the pages saved on this device already listed in it. */
async function offlinePageWithSavedList(base: string): Promise<Response | undefined> {
  const page = await caches.match(`${base}${sitePaths.offline()}index.html`, { ignoreSearch: true });
  if (!page) return undefined;
  const cache = await caches.open(OFFLINE_CACHES.pages);
  const saved: SavedPage[] = [];
  for (const key of await cache.keys()) {
    const response = await cache.match(key);
    saved.push({ url: key.url, title: response ? savedTitleOf(await response.text()) : '' });
  }
  const html = withSavedList(await page.text(), savedPagesOf(saved, base));
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/**
 * A short link or a URL without its slash goes to the saved page it stands for; anything else
 * gets the offline page. On any failure the plain fallback plugin after this one answers.
 */
async function answerFailedNavigation({ request }: { request: Request }): Promise<Response | undefined> {
  try {
    const base = scope();
    const url = new URL(request.url);
    const table = await caches.match(base + sitePaths.offlineLinks(), { ignoreSearch: true });
    const links = table ? ((await table.json()) as Record<string, string>) : {};
    const target = offlineTarget(url.pathname, new URL(base).pathname, links);
    if (target && (await (await caches.open(OFFLINE_CACHES.pages)).match(url.origin + target)))
      return Response.redirect(url.origin + target, 302);
    return await offlinePageWithSavedList(base);
  } catch {
    return undefined;
  }
}

/** The offline page read from the cache (the search box links to it) lists what is saved too. */
async function listOnOfflinePage({
  request,
  cachedResponse,
}: {
  request: Request;
  cachedResponse?: Response;
}): Promise<Response | undefined> {
  const base = scope();
  if (request.url !== base + sitePaths.offline()) return cachedResponse;
  return (await offlinePageWithSavedList(base).catch(() => undefined)) ?? cachedResponse;
}

/** The plugin the worker's page routes carry, before the precached offline page as a last resort. */
export const offlineNavigation = {
  handlerDidError: answerFailedNavigation,
  cachedResponseWillBeUsed: listOnOfflinePage,
};
