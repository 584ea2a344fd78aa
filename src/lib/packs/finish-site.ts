/**
 * The last step of printing packs, shared by the build (`src/integrations/packs.ts`) and the merge
 * of shards (`npm run packs -- --merge`), so both leave the same `dist/`: each pack's size is
 * written into the pages that link it, and print/ is removed so that it (and the CJK print font
 * it uses) never reaches a phone.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitePaths } from '../routes.ts';
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

export function finishSite(outDir: string, sizes: Readonly<Record<string, number>>): void {
  for (const file of readdirSync(outDir, { recursive: true }).map(String)) {
    if (!file.endsWith('.html') || file.startsWith(sitePaths.printRoot())) continue;
    const path = join(outDir, file);
    const html = readFileSync(path, 'utf8');
    if (!html.includes('data-pack-size')) continue;
    writeFileSync(path, fillPackSizes(html, sizes));
  }
  rmSync(join(outDir, sitePaths.printRoot()), { recursive: true, force: true });
}
