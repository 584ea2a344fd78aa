/**
 * The service worker, bundled with the workbox modules it uses when the site is built
 * (src/lib/offline/bundle-worker.ts) and served at `<base>sw.js`. The precache list is the shell
 * a first visit keeps (workbox-build's getManifest, written in where `self.__WB_MANIFEST` stands);
 * the runtime routes are the table in src/lib/offline/sw-config.ts.
 */
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, precacheAndRoute, PrecacheFallbackPlugin } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly, StaleWhileRevalidate } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core';
import { sitePaths } from '../../lib/routes/routes.ts';
import { WORKER_ROUTES, type WorkerRoute } from '../../lib/offline/sw-config.ts';
import { offlineNavigation } from '../../lib/offline/sw-navigation.ts';

declare const self: { __WB_MANIFEST: PrecacheEntry[] };

const STRATEGIES = { CacheFirst, NetworkFirst, NetworkOnly, StaleWhileRevalidate };

function pluginsOf(route: WorkerRoute): WorkboxPlugin[] {
  // workbox's own plugin classes leave unused callbacks undefined, which its WorkboxPlugin type
  // (under exactOptionalPropertyTypes) does not admit.
  const plugins: object[] = [];
  if (route.offlineFallback) {
    // Tried in this order when the network and the cache both fail.
    plugins.push(
      offlineNavigation,
      new PrecacheFallbackPlugin({ fallbackURL: `${sitePaths.offline()}index.html` }),
    );
  }
  if (route.ignoreQuery) {
    const cacheKeyWillBeUsed: WorkboxPlugin['cacheKeyWillBeUsed'] = async ({ request }) =>
      request.url.split('?')[0]!;
    plugins.push({ cacheKeyWillBeUsed });
  }
  if (route.maxEntries) plugins.push(new ExpirationPlugin({ maxEntries: route.maxEntries }));
  return plugins as WorkboxPlugin[];
}

// No skipWaiting: a page open during a rebuild keeps the worker (and the precached scripts) it
// started with; the new worker takes over once every tab of the old one is closed.
clientsClaim();
// No directory index: `/offline/` is answered by the page route, which lists the saved pages into
// it, not straight from the precache.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: '' });
cleanupOutdatedCaches();
for (const route of WORKER_ROUTES) {
  const Strategy = STRATEGIES[route.strategy];
  const { cacheName, networkTimeoutSeconds } = route;
  registerRoute(
    ({ url, request, sameOrigin }) => route.matches({ url, request, sameOrigin }),
    new Strategy({
      ...(cacheName ? { cacheName } : {}),
      ...(networkTimeoutSeconds ? { networkTimeoutSeconds } : {}),
      plugins: pluginsOf(route),
    }),
    'GET',
  );
}
