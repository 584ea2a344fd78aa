/**
 * "保存本学习路径": stores every page of a path and its images in the offline caches, one by
 * one with retries, showing progress and the space used. After a rebuild only pages whose
 * revision changed in the offline manifest are fetched again. It also stores Pagefind's engine,
 * which no page visit downloads, so that search opens on the saved copy.
 */
import { calendarToday, isoDay } from '../../lib/platform/calendar.ts';
import { OFFLINE_CACHES } from '../../lib/offline/cache-names.ts';
import type { OfflineManifest } from '../../lib/offline/manifest.ts';
import { saveEach } from '../../lib/offline/save-queue.ts';
import { ENGINE_ENTRY, searchEngineFiles } from '../../lib/offline/search-engine.ts';
import { staleEntries, type Revisions } from '../../lib/offline/stale-entries.ts';
import { routes } from '../../site-routes.ts';
import { readSaved, writeSaved } from './offline-saved.ts';

export interface SaveReport {
  fetched: number;
  upToDate: number;
  failed: string[];
}

async function loadManifest(): Promise<OfflineManifest> {
  const response = await fetch(routes.offlineManifest(), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`offline manifest: HTTP ${response.status}`);
  return (await response.json()) as OfflineManifest;
}

async function store(cacheName: string, url: string): Promise<void> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  await (await caches.open(cacheName)).put(url, response);
}

/** Saves `pages` (site-relative URLs) and the images each shows. */
export async function savePages(
  pathUrl: string,
  pages: readonly string[],
  onProgress: (done: number, total: number) => void,
): Promise<SaveReport> {
  const manifest = await loadManifest().catch(() => ({ v: 1, pages: {} }) as OfflineManifest);
  const latest: Revisions = {};
  const kinds = new Map<string, string>();
  for (const page of pages) {
    latest[page] = manifest.pages[page]?.rev ?? '';
    kinds.set(page, OFFLINE_CACHES.pages);
    for (const [asset, rev] of Object.entries(manifest.pages[page]?.assets ?? {})) {
      latest[asset] = rev;
      kinds.set(asset, OFFLINE_CACHES.images);
    }
  }
  const state = readSaved();
  // A page the member deleted from the cache (or the browser evicted) is fetched again.
  const pagesCache = await caches.open(OFFLINE_CACHES.pages);
  const present: Revisions = {};
  for (const [url, rev] of Object.entries(state.revisions)) {
    if (kinds.get(url) !== OFFLINE_CACHES.pages || (await pagesCache.match(url))) present[url] = rev;
  }
  const wanted = [...kinds.keys()];
  const todo = staleEntries(wanted, latest, present);
  const result = await saveEach(todo, (url) => store(kinds.get(url)!, url), { onProgress });
  for (const url of result.saved) state.revisions[url] = latest[url]!;
  // The member's calendar day in Beijing, as the progress store records it: not UTC's yesterday.
  if (result.failed.length === 0) state.paths[pathUrl] = isoDay(calendarToday());
  writeSaved(state);
  await saveSearchEngine();
  return { fetched: result.saved.length, upToDate: wanted.length - todo.length, failed: result.failed };
}

/**
 * Stores Pagefind's loader, worker, wasm, entry and meta files (about 80 KB gzip and the meta
 * file), revalidated on every save: their names do not change across builds. Best effort: a
 * failure leaves the saved pages as they are and search needing the network.
 */
async function saveSearchEngine(): Promise<void> {
  try {
    const response = await fetch(`${routes.pagefind()}${ENGINE_ENTRY}`, { cache: 'no-cache' });
    if (!response.ok) return;
    const files = new Map(
      searchEngineFiles(routes.pagefind(), await response.json()).map(({ url, cache }) => [url, cache]),
    );
    await saveEach([...files.keys()], (url) => store(files.get(url)!, url), { attempts: 2 });
  } catch {
    // Offline or no index: the pages are saved, search waits for the network.
  }
}

/** How many of `pages` need fetching now (never saved, or changed since). */
export async function pagesToUpdate(pages: readonly string[]): Promise<number> {
  const manifest = await loadManifest();
  const latest = Object.fromEntries(pages.map((page) => [page, manifest.pages[page]?.rev ?? '']));
  return staleEntries(pages, latest, readSaved().revisions).length;
}

/** Bytes this site stores on the device, when the browser says. */
export async function storageUsed(): Promise<number | undefined> {
  return (await navigator.storage?.estimate?.())?.usage;
}

/** Asks the browser not to evict saved pages under storage pressure; true when granted. */
export async function requestPersistence(): Promise<boolean> {
  return (await navigator.storage?.persist?.()) ?? false;
}

export const canSaveOffline = (): boolean => 'serviceWorker' in navigator && 'caches' in window;
