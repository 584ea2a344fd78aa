/**
 * What the rollup page reads from the site (`rollup/data.json`): plan versions, topics, module
 * titles and targets. The service worker keeps it, so it answers offline after a first visit.
 */
import type { RollupPageData } from '../../lib/rollup/page-data.ts';
import { routes } from '../../site-routes.ts';

export async function loadRollupPageData(): Promise<RollupPageData> {
  const response = await fetch(routes.rollupData());
  if (!response.ok) throw new Error(`${response.status}`);
  return (await response.json()) as RollupPageData;
}

export const PAGE_DATA_FAILED = '无法读取本站的学习计划。请联网后刷新页面；打开过一次之后，断网也能使用。';
export const STORAGE_FAILED =
  '这个浏览器不能保存导入的文件：可能开启了无痕（隐私）模式，或禁止了网站存储。汇总仍可进行，但刷新页面后需要重新导入。';
