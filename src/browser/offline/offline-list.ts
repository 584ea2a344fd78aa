/**
 * Lists the pages saved on this device (the service worker's page cache) on the offline page,
 * with their titles, modules and paths first, so a member without a network sees what can still
 * be read. When the worker served the page, the list is already in its HTML (the same functions
 * wrote it there); this fills it in on a page the network served, and shows the "nothing saved"
 * note only once the cache has been read and really holds nothing.
 */
import { OFFLINE_CACHES } from '../../lib/offline/cache-names.ts';
import { savedPagesOf, savedTitleOf, type SavedPage } from '../../lib/offline/saved-list.ts';
import { routes } from '../../site-routes.ts';

export async function readSavedPages(): Promise<SavedPage[]> {
  if (!('caches' in window) || !(await caches.has(OFFLINE_CACHES.pages))) return [];
  const cache = await caches.open(OFFLINE_CACHES.pages);
  const pages: SavedPage[] = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    pages.push({ url: request.url, title: response ? savedTitleOf(await response.text()) : '' });
  }
  return savedPagesOf(pages, new URL(routes.home(), location.href).href);
}

export async function listSavedPages(list: HTMLElement, empty: HTMLElement): Promise<void> {
  // Already listed by the worker: the same cache, read a moment ago.
  if (list.hasAttribute('data-offline-rendered')) return;
  const pages = await readSavedPages().catch(() => undefined);
  // Unreadable (storage blocked): neither a list nor a claim that nothing is saved.
  if (pages === undefined) return;
  list.replaceChildren(
    ...pages.map(({ url, title }) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = url;
      link.textContent = title;
      item.append(link);
      return item;
    }),
  );
  list.hidden = pages.length === 0;
  empty.hidden = pages.length > 0;
}
