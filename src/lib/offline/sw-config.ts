import type { GetManifestOptions } from 'workbox-build';
import { sitePaths } from '../routes/routes.ts';
import { OFFLINE_CACHES } from './cache-names.ts';

/** Pagefind's folder as it appears in a URL's path, under any base. */
const PAGEFIND_FOLDER = `/${sitePaths.pagefind()}`;

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
 * workbox-build's `getManifest` options for the shell. URLs in the precache list are relative to
 * the worker, which lives at `<base>sw.js`, so one worker serves a site at `/` or under `BASE_PATH`.
 */
export function shellManifestOptions(outDir: string): GetManifestOptions {
  return {
    globDirectory: outDir,
    globPatterns: SHELL_PATTERNS,
    globIgnores: SHELL_IGNORES,
    // Hashed file names are their own revision: precached under their URL, without a query.
    dontCacheBustURLsMatching: /^_astro\//,
    // Only guards against silently skipping a grown file.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  };
}

/** What a route is asked: the request and its URL, as workbox's `registerRoute` passes them. */
export interface RouteRequest {
  url: URL;
  request: Pick<Request, 'mode' | 'destination'>;
  sameOrigin: boolean;
}

/** One of the worker's runtime routes (src/browser/offline/service-worker.ts turns each into workbox's). */
export interface WorkerRoute {
  matches: (asked: RouteRequest) => boolean;
  strategy: 'NetworkFirst' | 'NetworkOnly' | 'CacheFirst' | 'StaleWhileRevalidate';
  cacheName?: string;
  networkTimeoutSeconds?: number;
  /** Keep at most this many entries (workbox-expiration). */
  maxEntries?: number;
  /**
   * A navigation neither the network nor the cache answers goes to the saved page it stands for,
   * else the offline page listing what is saved (sw-navigation.ts), else the precached offline page.
   */
  offlineFallback?: boolean;
  /** One cache entry whatever the query string. */
  ignoreQuery?: boolean;
}

/** The worker's runtime routes, tried in this order. */
export const WORKER_ROUTES: readonly WorkerRoute[] = [
  {
    // Pages only (URLs ending in /), not PDF or calendar downloads.
    matches: ({ request, url }) => request.mode === 'navigate' && url.pathname.endsWith('/'),
    strategy: 'NetworkFirst',
    cacheName: OFFLINE_CACHES.pages,
    networkTimeoutSeconds: NAVIGATION_TIMEOUT_SECONDS,
    offlineFallback: true,
  },
  {
    // A page typed or printed without its slash (`/q/DX-001`): the host redirects it online,
    // so it is not cached; offline the fallback sends it to the saved page.
    matches: ({ request, url }) =>
      request.mode === 'navigate' && !url.pathname.split('/').pop()!.includes('.'),
    strategy: 'NetworkOnly',
    offlineFallback: true,
  },
  {
    // Pagefind's files named by content hash never change: the cache answers first. Each
    // search adds a few index chunks and fragments; old builds' ones age out.
    matches: ({ url, sameOrigin }) =>
      sameOrigin &&
      url.pathname.includes(PAGEFIND_FOLDER) &&
      /\.pf_(meta|index|fragment|filter)$/.test(url.pathname),
    strategy: 'CacheFirst',
    cacheName: OFFLINE_CACHES.searchIndex,
    maxEntries: SEARCH_INDEX_ENTRIES,
  },
  {
    // Pagefind's loader, worker, wasm and entry file keep their names across builds and point
    // at the current index: the network first, the cache when there is none. Pagefind asks for
    // its entry file with `?ts=<now>`: one cache entry, whatever the query, and the one saving a
    // path stored (offline-save.ts) is found.
    matches: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes(PAGEFIND_FOLDER),
    strategy: 'NetworkFirst',
    cacheName: OFFLINE_CACHES.search,
    ignoreQuery: true,
  },
  {
    // Hashed scripts and styles a member's first visit does not precache (the branch
    // ledger's, the 繁体 converter): they never change, so once kept the cache answers.
    matches: ({ url, sameOrigin }) =>
      sameOrigin &&
      url.pathname.includes('/_astro/') &&
      !/\.(png|jpe?g|gif|webp|avif|svg)$/.test(url.pathname),
    strategy: 'CacheFirst',
    cacheName: OFFLINE_CACHES.assets,
  },
  {
    // The ledger's and the rollup's data (plans, sessions, published paths, targets) and their
    // offline lists: the current ones online, the kept ones without a network.
    matches: ({ url, sameOrigin }) => sameOrigin && /\/(?:branch|rollup)\/[\w-]+\.json$/.test(url.pathname),
    strategy: 'NetworkFirst',
    cacheName: OFFLINE_CACHES.assets,
    networkTimeoutSeconds: NAVIGATION_TIMEOUT_SECONDS,
  },
  {
    matches: ({ request }) => request.destination === 'image',
    strategy: 'StaleWhileRevalidate',
    cacheName: OFFLINE_CACHES.images,
  },
];
