// `npm run bench:search [-- --count 2000] [--seed 1] [--reuse]`: builds our site with `count`
// synthetic modules (packs off) in .bench/search-<count>/ and measures what a phone downloads from
// /pagefind/ for its first search, against the target of issue 12 (≤ 150 KB).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readTaxonomySources } from '../src/lib/content/files/sources.ts';
import { readTaxonomy } from '../src/lib/content/files/taxonomy.ts';
import { startStaticServer } from '../src/lib/packs/pdf/static-server.ts';
import { sitePaths } from '../src/lib/routes/routes.ts';
import { runAstroBuild } from './lib/bench-measure.ts';
import { BUILD_COMMANDS, setUpOurs } from './lib/bench-projects.ts';
import { parseCliArgs } from './lib/cli-args.ts';
import { formatTransfers } from './lib/search-transfer-report.ts';
import { measureFirstQuery } from './lib/search-transfer.ts';
import { generateSyntheticModules } from './lib/synthetic-curriculum.ts';

const USAGE = `用法：npm run bench:search -- [--count 2000] [--seed 1] [--reuse]
  用 N 个模拟模块构建本站（不生成学习包），测量手机第一次搜索从 /pagefind/ 下载的字节数，对照 150 KB 的目标。
  --count  模块数（默认 2000）
  --seed   随机种子（默认 1）
  --reuse  .bench/search-<N>/ 里已有构建好的网站时直接使用`;
const { values } = parseCliArgs(
  {
    options: {
      count: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      reuse: { type: 'boolean', default: false },
    },
  },
  USAGE,
);
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error(USAGE);
  process.exit(2);
}

// Queries a member types: a set phrase, a word on nearly every page, and a rarer one; the last
// typed in traditional characters, which also loads the converter (traditional-query.ts).
const QUERIES = ['三会一课', '支部', '主题党日', '廉洁风险', '三會一課'];

const root = process.cwd();
const dir = join(root, '.bench', `search-${count}`);
const dist = join(dir, 'dist');
if (!(values.reuse && existsSync(join(dist, sitePaths.pagefind(), 'pagefind.js')))) {
  const taxonomy = readTaxonomy(readTaxonomySources(root)).record.taxonomy;
  setUpOurs(root, dir, generateSyntheticModules(count, taxonomy, seed));
  process.stdout.write(`Building our site with ${count} modules in ${dir} … `);
  // Built as `npm run build` builds it: that is what indexes the site (search-index.ts).
  const run = await runAstroBuild(dir, { args: BUILD_COMMANDS.ours });
  if (!run.ok) {
    console.log(
      `FAILED (exit ${run.exitCode}). Last output:\n${run.tail.map((line) => `  | ${line}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log(`${(run.wallMs / 1000).toFixed(1)} s`);
}

const server = await startStaticServer({ outDir: dist, base: '/', fontDir: dist });
try {
  const transfers = [];
  for (const query of QUERIES) transfers.push(await measureFirstQuery(server.origin, '/', query));
  console.log(`\n${formatTransfers(count, transfers)}`);
} finally {
  await server.close();
}
