import type { GenerateSWOptions } from 'workbox-build';
import { sitePaths, urlSegment } from '../routes/routes.ts';
import { OFFLINE_CACHES } from './cache-names.ts';
import { offlineTarget } from './offline-target.ts';
import { savedPagesOf, savedTitleOf, withSavedList, type SavedPage } from './saved-list.ts';

/**
 * What the service worker does with a page navigation that neither the network nor the page
 * cache answers: a workbox plugin. workbox-build copies each callback into the worker as source
 * text, alone, so each is built here from the text of the helpers it calls (`inWorker`); the
 * helpers stay ordinary functions, unit-tested on their own files.
 */
interface Tools {
  pagesCache: string;
  linksFile: string;
  fallbackFile: string;
  offlinePage: string;
  offlineTarget: typeof offlineTarget;
  shortLinkRoot: string;
  urlSegment: typeof urlSegment;
  savedTitleOf: typeof savedTitleOf;
  savedPagesOf: typeof savedPagesOf;
  withSavedList: typeof withSavedList;
  scope: () => string;
  fallback: (scope: string, t: Tools) => Promise<Response | undefined>;
}

const tools: Tools = {
  pagesCache: OFFLINE_CACHES.pages,
  linksFile: sitePaths.offlineLinks(),
  fallbackFile: `${sitePaths.offline()}index.html`,
  offlinePage: sitePaths.offline(),
  offlineTarget,
  shortLinkRoot: sitePaths.shortLinks(),
  // Self-contained, so its text runs in the worker: the spelling every short-link slug went through.
  urlSegment,
  savedTitleOf,
  savedPagesOf,
  withSavedList,
  /** The worker's scope, the site's base URL, e.g. `https://host/training/`. */
  scope: () => (globalThis as unknown as { registration: { scope: string } }).registration.scope,
  /** The precached offline page, with the pages saved on this device already listed in it. */
  fallback: async (scope: string, t: Tools) => {
    const page = await caches.match(scope + t.fallbackFile, { ignoreSearch: true });
    if (!page) return undefined;
    const cache = await caches.open(t.pagesCache);
    const saved: SavedPage[] = [];
    for (const key of await cache.keys()) {
      const response = await cache.match(key);
      saved.push({ url: key.url, title: response ? t.savedTitleOf(await response.text()) : '' });
    }
    const html = t.withSavedList(await page.text(), t.savedPagesOf(saved, scope));
    return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  },
};

/**
 * A short link or a URL without its slash goes to the saved page it stands for; anything else
 * gets the offline page. On any failure the plain fallback plugin after this one answers.
 */
async function answerFailedNavigation({ request }: { request: Request }, t: Tools) {
  try {
    const scope = t.scope();
    const url = new URL(request.url);
    const table = await caches.match(scope + t.linksFile, { ignoreSearch: true });
    const links = table ? ((await table.json()) as Record<string, string>) : {};
    const target = t.offlineTarget(url.pathname, new URL(scope).pathname, links, {
      root: t.shortLinkRoot,
      slug: t.urlSegment,
    });
    if (target && (await (await caches.open(t.pagesCache)).match(url.origin + target)))
      return Response.redirect(url.origin + target, 302);
    return await t.fallback(scope, t);
  } catch {
    return undefined;
  }
}

/** The offline page read from the cache (the search box links to it) lists what is saved too. */
async function listOnOfflinePage(
  { request, cachedResponse }: { request: Request; cachedResponse?: Response },
  t: Tools,
) {
  const scope = t.scope();
  if (request.url !== scope + t.offlinePage) return cachedResponse;
  return (await t.fallback(scope, t).catch(() => undefined)) ?? cachedResponse;
}

const toolsSource = `{${Object.entries(tools)
  .map(([name, value]) => `${name}: ${typeof value === 'function' ? String(value) : JSON.stringify(value)}`)
  .join(',\n')}}`;

/** A callback that carries its helpers in its own text, as the worker needs it. */
const inWorker = <P, R>(callback: (param: P, t: Tools) => R) =>
  new Function('param', `return (${String(callback)})(param, ${toolsSource});`) as (param: P) => R;

type RuntimeOptions = NonNullable<NonNullable<GenerateSWOptions['runtimeCaching']>[number]['options']>;
type WorkboxPlugin = NonNullable<RuntimeOptions['plugins']>[number];

export const offlineNavigation = {
  handlerDidError: inWorker(answerFailedNavigation),
  cachedResponseWillBeUsed: inWorker(listOnOfflinePage),
} satisfies WorkboxPlugin;
