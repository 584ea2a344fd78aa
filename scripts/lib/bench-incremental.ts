// `npm run bench:packs -- --incremental N`: the whole build (site and packs) of an N-module synthetic
// curriculum, cold (empty pack cache), then again after editing one module's body with the cache
// warm. Issue 12's target: the second build re-renders only the affected packs and takes ≤ 50 % of
// the cold one. Works in .bench/packs-incremental-<N>/ (kept, like `npm run bench`'s projects).
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTaxonomySources } from '../../src/lib/content/files/sources.ts';
import { readTaxonomy } from '../../src/lib/content/files/taxonomy.ts';
import { runAstroBuild, type BuildRun } from './bench-measure.ts';
import { setUpOurs } from './bench-projects.ts';
import { generateSyntheticModules } from './synthetic-curriculum.ts';

export const INCREMENTAL_TARGET = 0.5;

export interface IncrementalFigures {
  modules: number;
  cold: BuildRun;
  warm: BuildRun;
  /** From the packs summary line of each build. */
  coldPacks: PackCounts;
  warmPacks: PackCounts;
}

interface PackCounts {
  total: number;
  rendered: number;
  fromCache: number;
}

/** Reads `学习包已生成 80 个：新生成 3 个，缓存复用 77 个` from a build's output. */
export function packCounts(lines: readonly string[]): PackCounts {
  const match = lines
    .map((line) => /学习包已生成 (\d+) 个：新生成 (\d+) 个，缓存复用 (\d+) 个/.exec(line))
    .findLast(Boolean);
  if (!match) throw new Error(`构建输出中没有学习包汇总行：\n${lines.join('\n')}`);
  return { total: Number(match[1]), rendered: Number(match[2]), fromCache: Number(match[3]) };
}

export async function measureIncremental(
  root: string,
  modules: number,
  seed = 1,
): Promise<IncrementalFigures> {
  const dir = join(root, '.bench', `packs-incremental-${modules}`);
  const taxonomy = readTaxonomy(readTaxonomySources(root)).record.taxonomy;
  const files = generateSyntheticModules(modules, taxonomy, seed);
  setUpOurs(root, dir, files);
  const build = async () => {
    const run = await runAstroBuild(dir, { packs: 'pdf', tailLines: 400 });
    if (!run.ok) throw new Error(`构建失败（${dir}）：\n${run.tail.join('\n')}`);
    return run;
  };
  const cold = await build();
  // A lecturer corrects one paragraph of one module.
  appendFileSync(join(dir, files[0]!.path), '\n\n基准测试修订：补充一段学习要求，党员要联系实际谈体会。\n');
  const warm = await build();
  return { modules, cold, warm, coldPacks: packCounts(cold.tail), warmPacks: packCounts(warm.tail) };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} 秒`;
const percent = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;

/**
 * The ratio at 2,000 modules, projected from a smaller run: the warm build scales with the site
 * (taken as linear, which overstates it), the cold one adds one render per pack at the per-PDF
 * cost measured here. `cost` picks wall or CPU seconds; CPU barely moves on a shared machine.
 */
function projectTo2000(figures: IncrementalFigures, cost: (run: BuildRun) => number) {
  const { modules, cold, warm, coldPacks, warmPacks } = figures;
  const perPdf = (cost(cold) - cost(warm)) / Math.max(1, coldPacks.rendered - warmPacks.rendered);
  const scale = 2000 / modules;
  const packs = Math.round(coldPacks.total * scale);
  const warm2000 = cost(warm) * scale;
  return { packs, perPdf, warm: warm2000, cold: warm2000 + packs * perPdf };
}

export function formatIncremental(figures: IncrementalFigures): string {
  const { modules, cold, warm, coldPacks, warmPacks } = figures;
  const verdict = (value: number) => (value <= INCREMENTAL_TARGET ? '达标' : '未达标');
  const wall = projectTo2000(figures, (run) => run.wallMs / 1000);
  const cpu = projectTo2000(figures, (run) => run.cpuSeconds);
  return [
    `增量构建（${modules} 个模块，网站 + 学习包，目标 ≤ ${percent(INCREMENTAL_TARGET)} 冷构建）：`,
    `  冷构建：${seconds(cold.wallMs)}（CPU ${cold.cpuSeconds.toFixed(0)} 秒），学习包新生成 ${coldPacks.rendered} 个`,
    `  修改一个模块后：${seconds(warm.wallMs)}（CPU ${warm.cpuSeconds.toFixed(0)} 秒），新生成 ${warmPacks.rendered} 个，缓存复用 ${warmPacks.fromCache} 个`,
    `  实测：${percent(warm.wallMs / cold.wallMs)}（${verdict(warm.wallMs / cold.wallMs)}）；按 CPU 时间 ${percent(warm.cpuSeconds / cold.cpuSeconds)}`,
    `  推算到 2,000 个模块（${cpu.packs} 个学习包；推算值，网站部分按线性放大）：` +
      `按用时 ${percent(wall.warm / wall.cold)}（冷构建约 ${wall.cold.toFixed(0)} 秒），` +
      `按 CPU 时间 ${percent(cpu.warm / cpu.cold)}（每个 PDF ${cpu.perPdf.toFixed(2)} 秒）（${verdict(Math.max(wall.warm / wall.cold, cpu.warm / cpu.cold))}）`,
  ].join('\n');
}
