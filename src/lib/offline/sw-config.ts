import type { GenerateSWOptions } from 'workbox-build';
import { sitePaths } from '../routes/routes.ts';
import { OFFLINE_CACHES } from './cache-names.ts';
import { offlineNavigation } from './sw-navigation.ts';

/**
 * The shell a first visit precaches: every stylesheet and script (all are hashed, and an open
 * page may still need a lazy chunk after a rebuild deleted it from the server), the offline page
 * and the short-link table (printed codes open saved pages offline: 1.4 KB, 0.4 KB gzipped, for
 * the sample's 49 codes; about 58 KB, 9.5 KB gzipped, at 2,000). Not Pagefind's engine (about
 * 80 KB gzip of loader, worker and wasm, and a meta file that grows with the site): a member who
 * only reads never downloads it; the worker keeps it once search is opened or a path is saved
 * (the routes below, `offline-save.ts`). Pages and images are not precached either: pages are
 * cached as they are read or when a path is saved.
 */
export const SHELL_PATTERNS = [
  '_astro/**/*.{js,css}',
  `${sitePaths.offline()}index.html`,
  sitePaths.offlineLinks(),
];

/**
 * Left out of the shell: the traditional → simplified converter (about 25 KB gzip), which only a
 * search typed in 繁体 downloads (`src/lib/search/to-simplified.ts`). Without it an old page
 * searches as typed.
 */
export const SHELL_IGNORES = ['_astro/**/to-simplified.*.js'];

/**
 * Hashed search files the worker keeps: a search takes a few (the meta file, an index chunk or
 * two, five fragments), so this holds many searches while files of old builds age out.
 */
export const SEARCH_INDEX_ENTRIES = 300;

/** Seconds a navigation waits for the network before it answers from the cache. */
export const NAVIGATION_TIMEOUT_SECONDS = 4;

/**
 * Options for workbox-build's `generateSW`. URLs in the precache manifest are relative to the
 * worker, which lives at `<base>sw.js`, so one worker serves a site at `/` or under `BASE_PATH`.
 * The route callbacks are copied into the worker as source text: they may not use outer variables.
 */
export function createServiceWorkerConfig(outDir: string): GenerateSWOptions {
  return {
    globDirectory: outDir,
    globPatterns: SHELL_PATTERNS,
    globIgnores: SHELL_IGNORES,
    swDest: `${outDir}/${sitePaths.serviceWorker()}`,
    mode: 'production',
    inlineWorkboxRuntime: true,
    sourcemap: false,
    // Hashed file names need no cache-busting query when they are precached.
    dontCacheBustURLsMatching: /\/_astro\//,
    // Only guards against silently skipping a grown file.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    // No skipWaiting: a page open during a rebuild keeps the worker (and the precached scripts)
    // it started with; the new worker takes over once every tab of the old one is closed.
    skipWaiting: false,
    clientsClaim: true,
    // `/offline/` is answered by the page route below, which lists the saved pages into it, not
    // straight from the precache.
    directoryIndex: null,
    runtimeCaching: [
      {
        // Pages only (URLs ending in /), not PDF or calendar downloads.
        urlPattern: ({ request, url }) => request.mode === 'navigate' && url.pathname.endsWith('/'),
        handler: 'NetworkFirst',
        options: {
          cacheName: OFFLINE_CACHES.pages,
          networkTimeoutSeconds: NAVIGATION_TIMEOUT_SECONDS,
          // Tried in this order when the network and the cache both fail.
          plugins: [offlineNavigation],
          precacheFallback: { fallbackURL: `${sitePaths.offline()}index.html` },
        },
      },
      {
        // A page typed or printed without its slash (`/q/DX-001`): the host redirects it online,
        // so it is not cached; offline the plugin sends it to the saved page.
        urlPattern: ({ request, url }) =>
          request.mode === 'navigate' && !url.pathname.split('/').pop()!.includes('.'),
        handler: 'NetworkOnly',
        options: {
          plugins: [offlineNavigation],
          precacheFallback: { fallbackURL: `${sitePaths.offline()}index.html` },
        },
      },
      {
        // Pagefind's files named by content hash never change: the cache answers first. Each
        // search adds a few index chunks and fragments; old builds' ones age out.
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin &&
          url.pathname.includes('/pagefind/') &&
          /\.pf_(meta|index|fragment|filter)$/.test(url.pathname),
        handler: 'CacheFirst',
        options: {
          cacheName: OFFLINE_CACHES.searchIndex,
          expiration: { maxEntries: SEARCH_INDEX_ENTRIES },
        },
      },
      {
        // Pagefind's loader, worker, wasm and entry file keep their names across builds and point
        // at the current index: the network first, the cache when there is none.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/pagefind/'),
        handler: 'NetworkFirst',
        options: {
          cacheName: OFFLINE_CACHES.search,
          // Pagefind asks for its entry file with `?ts=<now>`: one cache entry, whatever the query,
          // and the one saving a path stored (offline-save.ts) is found.
          plugins: [{ cacheKeyWillBeUsed: async ({ request }) => request.url.split('?')[0]! }],
        },
      },
      {
        // Hashed scripts and styles a member's first visit does not precache (the branch
        // ledger's, the 繁体 converter): they never change, so once kept the cache answers.
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin &&
          url.pathname.includes('/_astro/') &&
          !/\.(png|jpe?g|gif|webp|avif|svg)$/.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: OFFLINE_CACHES.assets },
      },
      {
        // The ledger's and the rollup's data (plans, sessions, published paths, targets) and their
        // offline lists: the current ones online, the kept ones without a network.
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin && /\/(?:branch|rollup)\/[\w-]+\.json$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: { cacheName: OFFLINE_CACHES.assets, networkTimeoutSeconds: NAVIGATION_TIMEOUT_SECONDS },
      },
      {
        urlPattern: ({ request }) => request.destination === 'image',
        handler: 'StaleWhileRevalidate',
        options: { cacheName: OFFLINE_CACHES.images },
      },
    ],
  };
}
