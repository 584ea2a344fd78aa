// What Catalog.astro runs in the browser. The catalog page: filters and paging that follow the URL.
import { startCatalog } from './catalog.ts';

startCatalog(document.querySelector<HTMLElement>('[data-catalog]')!);
