import { sitePaths } from './routes.ts';

/**
 * The sitemap's page filter: only pages a search engine should index. Print pages are only the
 * source of the PDFs, and the packs integration deletes them once the PDFs exist, so listing them
 * would send crawlers to 404s. Short links (`/q/<code>/`) are noindex pages that forward to a
 * module or path already listed, the offline page is what the service worker shows without a
 * network, and the ledger's print view shows only what a secretary's browser holds: none is
 * content of its own.
 */
export function sitemapFilter(base: string): (page: string) => boolean {
  const root = base.endsWith('/') ? base : `${base}/`;
  const left = [sitePaths.printRoot(), sitePaths.shortLinks()].map((path) => root + path);
  const alone = [sitePaths.offline(), sitePaths.branchPrintPage()].map((path) => root + path);
  return (page) => {
    const path = new URL(page).pathname;
    return !alone.includes(path) && !left.some((prefix) => path.startsWith(prefix));
  };
}
