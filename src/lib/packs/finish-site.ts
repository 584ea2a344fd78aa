/**
 * The last step of printing packs, shared by the build (`src/lib/packs/print-site.ts`) and the merge
 * of shards (`npm run packs -- --merge`), so both leave the same `dist/`: each pack's size is
 * written into the pages that link it, and print/ is removed so that it (and the CJK print font
 * it uses) never reaches a phone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltSite } from '../built-site/built-site.ts';
import { sitePaths } from '../routes/routes.ts';
import { fillPackSizes } from './fill-sizes.ts';
import type { PackFile } from './plan.ts';

/** The pack plan a build wrote for printing (`print/plan.json`). */
export function readPackPlan(outDir: string): PackFile[] {
  const path = join(outDir, sitePaths.packPlan());
  if (!existsSync(path)) {
    throw new Error(`${path} 不存在：请先用 CURRICULUM_PACKS=html npm run build 构建网站（保留打印页面）`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as PackFile[];
}

export function finishSite(site: BuiltSite, sizes: Readonly<Record<string, number>>): void {
  site.removeFolder(sitePaths.printRoot());
  for (const file of site.pages) {
    const html = site.text(file);
    if (html.includes('data-pack-size')) site.write(file, fillPackSizes(html, sizes));
  }
}
