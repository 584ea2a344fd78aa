/**
 * Names shared by the service worker (src/browser/offline/service-worker.ts) and the page scripts that save
 * paths and list what is saved: both must open the same caches.
 */
export const OFFLINE_CACHES = {
  /** Pages read or saved, stored whole (HTML), served when the network fails. */
  pages: 'dangjian-pages',
  /** Images of those pages. */
  images: 'dangjian-images',
  /**
   * Pagefind's loader, worker, wasm and entry file (fixed names, fetched network-first): kept
   * once the member opens search or saves a path, so search opens without a network.
   */
  search: 'dangjian-search',
  /** Pagefind's files named by content hash (meta, index, fragments, filters), cache-first. */
  searchIndex: 'dangjian-search-index',
  /**
   * Scripts and styles outside the first visit's shell (the branch ledger's, the 繁体 converter)
   * and the ledger's data: cache-first for hashed files, kept as they are used or when the ledger
   * page keeps itself for offline use (`src/browser/offline/keep-tool-offline.ts`).
   */
  assets: 'dangjian-assets',
} as const;
