import { sitePaths } from './routes.ts';

/**
 * The sitemap's page filter: print pages are only the source of the PDFs, and the packs
 * integration deletes them once the PDFs exist, so listing them would send crawlers to 404s.
 */
export function sitemapFilter(base: string): (page: string) => boolean {
  const printRoot = `${base.endsWith('/') ? base : `${base}/`}${sitePaths.printRoot()}`;
  return (page) => !new URL(page).pathname.startsWith(printRoot);
}
