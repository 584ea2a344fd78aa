import type { Page } from 'astro';
import { listPagePath } from './routes.ts';

export const CATALOG_PAGE_SIZE = 40;

/**
 * One page of a long static list whose first page lives at the list's own URL (/modules/,
 * /packs/) and whose following pages live under `page/<n>/`. Astro's `paginate()` would put
 * page 1 at `/modules/1/`, beside the module routes.
 */
export function listPage<T>(items: readonly T[], currentPage: number, size: number, root: string): Page<T> {
  const lastPage = Math.max(1, Math.ceil(items.length / size));
  const start = (currentPage - 1) * size;
  const url = (n: number) => listPagePath(root, n);
  return {
    data: items.slice(start, start + size),
    start,
    end: Math.min(start + size, items.length) - 1,
    total: items.length,
    currentPage,
    size,
    lastPage,
    url: {
      current: url(currentPage),
      prev: currentPage > 1 ? url(currentPage - 1) : undefined,
      next: currentPage < lastPage ? url(currentPage + 1) : undefined,
      first: url(1),
      last: url(lastPage),
    },
  };
}

/** `page/2/` … `page/<last>/` for a list whose first page is served elsewhere, with the page number. */
export function laterPages(total: number, size: number) {
  const last = Math.ceil(total / size);
  return Array.from({ length: Math.max(0, last - 1) }, (_, i) => ({
    params: { page: String(i + 2) },
    props: { pageNumber: i + 2 },
  }));
}
