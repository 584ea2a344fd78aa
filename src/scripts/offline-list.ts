/**
 * Lists the pages saved on this device (the service worker's page cache), with their titles,
 * modules and paths first, so a member without a network sees what can still be read.
 */
import { OFFLINE_CACHES } from '../lib/offline/cache-names.ts';
import { routes } from '../site-routes.ts';

export interface SavedPage {
  url: string;
  title: string;
}

const titleOf = (html: string) =>
  (/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')
    .replace(/\s*\|[^|]*$/, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** Modules first, then paths, then other pages; each group by title. */
const rank = (url: string) => (url.includes('/modules/') ? 0 : url.includes('/paths/') ? 1 : 2);

export async function readSavedPages(): Promise<SavedPage[]> {
  if (!('caches' in window) || !(await caches.has(OFFLINE_CACHES.pages))) return [];
  const cache = await caches.open(OFFLINE_CACHES.pages);
  const offline = new URL(routes.offline(), location.href).href;
  const pages: SavedPage[] = [];
  for (const request of await cache.keys()) {
    if (request.url === offline) continue;
    const response = await cache.match(request);
    const title = response ? titleOf(await response.text()) : '';
    pages.push({ url: request.url, title: title || new URL(request.url).pathname });
  }
  return pages.sort((a, b) => rank(a.url) - rank(b.url) || a.title.localeCompare(b.title, 'zh-CN'));
}

export async function listSavedPages(list: HTMLElement, empty: HTMLElement): Promise<void> {
  const pages = await readSavedPages().catch(() => []);
  if (pages.length === 0) return;
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
  list.hidden = false;
  empty.hidden = true;
}
