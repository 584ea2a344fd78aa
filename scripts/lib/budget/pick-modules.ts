import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The two module pages the budget visits: the median module page by HTML size (a typical
 * lesson; lesson length is the lecturer's choice) and the next larger one for the repeat visit.
 * URLs under `base`.
 */
export function pickModulePages(outDir: string, base: string): [string, string] {
  const pages = readdirSync(join(outDir, 'modules'))
    .filter((id) => id !== 'page' && statSync(join(outDir, 'modules', id)).isDirectory())
    .map((id) => ({ id, size: statSync(join(outDir, 'modules', id, 'index.html')).size }))
    .sort((a, b) => a.size - b.size || a.id.localeCompare(b.id));
  if (pages.length < 2) throw new Error(`需要至少两个课程页面，${outDir}/modules/ 里只有 ${pages.length} 个`);
  const median = Math.min(Math.floor(pages.length / 2), pages.length - 2);
  return [`${base}modules/${pages[median]!.id}/`, `${base}modules/${pages[median + 1]!.id}/`];
}
