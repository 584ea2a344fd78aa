/**
 * Names shared by the service worker (generated at build time) and the page scripts that save
 * paths and list what is saved: both must open the same caches.
 */
export const OFFLINE_CACHES = {
  /** Pages read or saved, stored whole (HTML), served when the network fails. */
  pages: 'dangjian-pages',
  /** Images of those pages. */
  images: 'dangjian-images',
} as const;

/** Where the build writes the per-page revisions (site-relative, under the base path). */
export const OFFLINE_MANIFEST_FILE = 'offline-manifest.json';

/** The service worker's file name (site-relative). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** The Chinese offline page, also precached as the fallback for any page not saved. */
export const OFFLINE_PAGE = 'offline/';
