// `npm run bench:check [-- --sizes 200,1000] [--runs 5] [--seed 1]`: how long `npm run check`
// takes for N synthetic modules. Times the real command (a fresh Node process, as a lecturer runs
// it) and, separately, the checking itself inside one process. Projects go to .bench/check-<N>/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { readContentSources } from '../src/lib/content/files/sources.ts';
import { validateContent } from '../src/lib/content/validation/validate-content.ts';
import { generateSyntheticModules } from './lib/synthetic-curriculum.ts';
import { readTaxonomySources } from '../src/lib/content/files/sources.ts';
import { readTaxonomy } from '../src/lib/content/files/taxonomy.ts';
import { parseCliArgs } from './lib/cli-args.ts';
import { withoutCi } from '../src/lib/platform/ci.ts';

const root = process.cwd();
const USAGE = `用法：npm run bench:check -- [--sizes 200,1000] [--runs 5] [--seed 1]
  对 N 个模拟模块计时 npm run check（新开一个 Node 进程，和授课人运行时一样），
  并另外计时同一进程内的检查本身；项目放在 .bench/check-<N>/。
  --sizes  模块数，多个用逗号分隔（默认 200）
  --runs   每个规模运行几次（默认 5）
  --seed   随机种子（默认 1）`;
const { values } = parseCliArgs(
  {
    options: {
      sizes: { type: 'string', default: '200' },
      runs: { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
    },
  },
  USAGE,
);
const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
const runs = Number(values.runs);
const seed = Number(values.seed);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error(`参数不对：${process.argv.slice(2).join(' ')}\n${USAGE}`);
  process.exit(2);
}

// The shipped taxonomy, read and validated as the content check does.
const taxonomy = readTaxonomy(readTaxonomySources(root)).record.taxonomy;
const results = [];
for (const n of sizes) {
  const dir = join(root, '.bench', `check-${n}`);
  setUpProject(dir, n);
  const cli: number[] = [];
  let output = '';
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['scripts/check.ts'], {
      cwd: dir,
      encoding: 'utf8',
      env: withoutCi(process.env),
    });
    cli.push(performance.now() - started);
    if (run.status === 2) throw new Error(`check failed in ${dir}:\n${run.stdout}${run.stderr}`);
    output = run.stdout.trim().split('\n').at(-1) ?? '';
  }
  const inProcess: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    validateContent(readContentSources(dir));
    inProcess.push(performance.now() - started);
  }
  results.push({
    n,
    cliMs: median(cli),
    cliMinMs: Math.min(...cli),
    inProcessMs: median(inProcess),
    summary: output,
  });
  console.log(
    `${n} modules: node scripts/check.ts ${seconds(median(cli))} (median of ${runs}, fastest ${seconds(Math.min(...cli))}); ` +
      `checking alone ${seconds(median(inProcess))}, ${(median(inProcess) / n).toFixed(1)} ms per module\n  ${output}`,
  );
}
const machine = {
  node: process.version,
  cpus: availableParallelism(),
  platform: `${process.platform}-${process.arch}`,
};
writeFileSync(
  join(root, '.bench', 'check-results.json'),
  JSON.stringify({ seed, runs, machine, results }, null, 2) + '\n',
);

/** A project with the checker's code, the real taxonomy and settings, and `n` synthetic modules. */
function setUpProject(dir: string, n: number): void {
  rmSync(dir, { recursive: true, force: true });
  for (const path of ['src', 'scripts', 'package.json', 'content/taxonomy', 'content/settings.yaml']) {
    if (existsSync(join(root, path))) cpSync(join(root, path), join(dir, path), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const { path, text } of generateSyntheticModules(n, taxonomy, seed)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
