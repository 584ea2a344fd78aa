// `npm run bench [-- --sizes 100,500,2000] [--seed 1]`: builds our site and a plain Starlight site
// with the same N synthetic modules and compares build time, memory and HTML size.
// Projects are made under .bench/<site>-<N>/ (gitignored); figures go to .bench/results.json.
import { writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { htmlStats, runAstroBuild } from './lib/bench-measure.ts';
import {
  BUILD_COMMANDS,
  parsePrerenderSettings,
  prerenderArgs,
  prerenderLabel,
  setUpOurs,
  setUpPlain,
} from './lib/bench-projects.ts';
import { formatTable, ratios, type BenchResult, type Site } from './lib/bench-report.ts';
import { checkTargets, formatTargets } from './lib/bench-targets.ts';
import { generateSyntheticModules } from './lib/synthetic-curriculum.ts';
import { readTaxonomySources } from '../src/lib/content/files/sources.ts';
import { readTaxonomy } from '../src/lib/content/files/taxonomy.ts';
import { parseCliArgs } from './lib/cli-args.ts';
import { formatPlanBounds, measurePlanBounds } from './lib/bench-plans.ts';
import { formatPathFigures, measurePaths, pathsWithinBounds, type PathFigure } from './lib/bench-paths.ts';
import { loadSettings } from '../src/lib/content/files/settings.ts';
import { sitePaths } from '../src/lib/routes/routes.ts';

const root = process.cwd();
const benchDir = join(root, '.bench');
const USAGE = `用法：npm run bench -- [--sizes 100,500,2000] [--seed 1] [--prerender config] [--plan-sizes 300,2000] [--plans-only]
  用 N 个模拟模块分别构建本站和一个普通 Starlight 站点，比较构建时间、内存峰值和页面大小；
  项目放在 .bench/<站点>-<N>/，结果写入 .bench/results.json。
  --sizes       模块数，多个用逗号分隔（默认 100,500,2000）
  --seed        随机种子，同一种子生成同样的模块（默认 1）
  --prerender   本站页面怎样渲染，多个用逗号分隔，每个各构建一次：config 按 astro.config.mjs，
                off 只用主线程，数字为并行渲染的线程数（如 off,1,2；默认 config）
  --plan-sizes  检查默认学习计划的学时是否仍在年度要求之内时用的模块数（默认 300,2000）
  --plans-only  只算学习计划，不构建网站`;
const { values } = parseCliArgs(
  {
    options: {
      sizes: { type: 'string', default: '100,500,2000' },
      seed: { type: 'string', default: '1' },
      prerender: { type: 'string', default: 'config' },
      'plan-sizes': { type: 'string', default: '300,2000' },
      'plans-only': { type: 'boolean', default: false },
    },
  },
  USAGE,
);
const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
const seed = Number(values.seed);
const prerenderSettings = parsePrerenderSettings(values.prerender);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(seed) || !prerenderSettings) {
  console.error(
    `--sizes 应为正整数、--seed 应为整数、--prerender 应为 config、off 或正整数，实际是 --sizes ${values.sizes} --seed ${values.seed} --prerender ${values.prerender}。\n${USAGE}`,
  );
  process.exit(2);
}

// The shipped taxonomy, read and validated as the content check does.
const taxonomy = readTaxonomy(readTaxonomySources(root)).record.taxonomy;

// Plan sizes first: pure and quick, and they say whether a year's plan stays bounded by the
// requirement however large the library grows (issue 11).
const planSizes = values['plan-sizes'].split(',').map((size) => Number(size.trim()));
const planBounds = planSizes.flatMap((n) =>
  measurePlanBounds(n, generateSyntheticModules(n, taxonomy, seed), taxonomy, loadSettings(root)),
);
console.log(
  `Required 学时 per group (default plan, ${loadSettings(root).plan.year}):\n${formatPlanBounds(planBounds)}\n`,
);
if (values['plans-only']) process.exit(planBounds.every((row) => row.within) ? 0 : 1);
const setUp: Record<Site, typeof setUpOurs> = { ours: setUpOurs, plain: setUpPlain };
const results: BenchResult[] = [];
const pathFigures: PathFigure[] = [];
mkdirSync(benchDir, { recursive: true });

for (const n of sizes) {
  const modules = generateSyntheticModules(n, taxonomy, seed);
  // Ours once per render setting, each in a fresh copy (no cache from the build before), then plain.
  const builds = [
    ...prerenderSettings.map((setting) => ({ site: 'ours' as const, setting })),
    { site: 'plain' as const, setting: 'config' as const },
  ];
  for (const [index, { site, setting }] of builds.entries()) {
    const dir = join(benchDir, `${site}-${n}`);
    setUp[site](root, dir, modules);
    const prerender = site === 'ours' ? prerenderLabel(setting) : '';
    process.stdout.write(
      `Building ${site}${prerender ? ` (${prerender})` : ''} with ${n} modules in ${dir} … `,
    );
    // Other work on the machine slows builds down; record how busy it was when the build started.
    const loadBefore = loadavg()[0]!;
    // Timed as maintainers build: packs off, each site with its own build command.
    const run = await runAstroBuild(dir, { args: [...BUILD_COMMANDS[site], ...prerenderArgs(dir, setting)] });
    if (!run.ok) {
      console.log(`FAILED (exit ${run.exitCode}) after ${(run.wallMs / 1000).toFixed(1)} s. Last output:\n`);
      console.log(run.tail.map((line) => `  | ${line}`).join('\n'));
      writeResults();
      process.exit(1);
    }
    const stats = htmlStats(join(dir, 'dist'));
    if (stats.modulePages !== n)
      console.warn(`\n  warning: expected ${n} module pages, found ${stats.modulePages}`);
    // Every figure at once, so a run cut short still says what each build cost.
    console.log(
      `${(run.wallMs / 1000).toFixed(1)} s (CPU ${run.cpuSeconds.toFixed(1)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB, load ${loadBefore.toFixed(1)})`,
    );
    results.push({
      n,
      site,
      buildSeconds: run.wallMs / 1000,
      msPerModule: run.wallMs / n,
      peakRssMb: run.peakRssMb,
      cpuSeconds: run.cpuSeconds,
      loadBefore,
      ...(prerender ? { prerender } : {}),
      ...stats,
    });
    // At the plan sizes, an untimed second build keeps the print pages so that the path packs
    // can be counted; print pages would otherwise be a third of the timed build.
    if (site === 'ours' && index === 0 && planSizes.includes(n)) {
      const html = await runAstroBuild(dir, { packs: 'html' });
      if (!html.ok) throw new Error(`Build with print pages failed:\n${html.tail.join('\n')}`);
      pathFigures.push(...(await measurePaths(n, join(dir, 'dist'), join(dir, '.pack-cache'))));
      rmSync(join(dir, 'dist', sitePaths.printRoot()), { recursive: true, force: true });
    }
  }
}

console.log(`\n${formatTable(results, availableParallelism())}\n`);
console.log(`Targets (issue 20, packs off):\n${formatTargets(checkTargets(results))}\n`);
if (pathFigures.length) {
  console.log(`Paths bounded by the plan (issue 11):\n${formatPathFigures(pathFigures)}\n`);
  if (!pathsWithinBounds(pathFigures))
    console.log('Some path figures are over their target (marked above).\n');
}
writeResults();
console.log(`Figures written to ${join('.bench', 'results.json')}.`);

function writeResults(): void {
  const machine = {
    node: process.version,
    cpus: availableParallelism(),
    platform: `${process.platform}-${process.arch}`,
  };
  writeFileSync(
    join(benchDir, 'results.json'),
    JSON.stringify(
      {
        seed,
        machine,
        results,
        ratios: ratios(results),
        targets: checkTargets(results),
        planBounds,
        pathFigures,
      },
      null,
      2,
    ) + '\n',
  );
}
