import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRoutes, moduleSlugOf, sitePaths } from '../../../src/lib/routes/routes.ts';

/**
 * The two module pages the budget visits: the median module page by HTML size (a typical
 * lesson; lesson length is the lecturer's choice) and the next larger one for the repeat visit.
 * URLs under `base`.
 */
export function pickModulePages(outDir: string, base: string): [string, string] {
  const catalog = join(outDir, sitePaths.catalog());
  const pages = readdirSync(catalog)
    .filter((id) => moduleSlugOf(`${sitePaths.catalog()}${id}/`) && statSync(join(catalog, id)).isDirectory())
    .map((id) => ({ id, size: statSync(join(catalog, id, 'index.html')).size }))
    .sort((a, b) => a.size - b.size || a.id.localeCompare(b.id));
  if (pages.length < 2) throw new Error(`需要至少两个课程页面，${catalog} 里只有 ${pages.length} 个`);
  const median = Math.min(Math.floor(pages.length / 2), pages.length - 2);
  const routes = createRoutes(base);
  return [routes.module(pages[median]!.id), routes.module(pages[median + 1]!.id)];
}
