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
