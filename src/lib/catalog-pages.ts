import type { Page } from 'astro';

export const CATALOG_PAGE_SIZE = 40;

/**
 * One page of the catalog's static list. Astro's `paginate()` would put page 1 at
 * /modules/1/ beside the module routes; the catalog keeps page 1 at /modules/ instead.
 */
export function catalogPage<T>(items: readonly T[], currentPage: number, size: number): Page<T> {
  const lastPage = Math.max(1, Math.ceil(items.length / size));
  const start = (currentPage - 1) * size;
  const url = (n: number) =>
    n === 1
      ? `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}modules/`
      : `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}modules/page/${n}/`;
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
