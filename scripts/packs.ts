// `npm run packs`: prints the study packs of a site built with CURRICULUM_PACKS=html (print pages
// kept, no PDFs), in one go or split over several machines:
//   npm run packs                         all packs, then finish dist/ as a normal build does
//   npm run packs -- --shard 2/4          the second quarter, into .packs-shards/2-of-4/
//   npm run packs -- --merge <dirs…>      put the shards into dist/, fill in sizes, remove print/
// Set the same BASE_PATH as for the build. Exit codes: 0 done, 1 rendering or merging failed, 2 bad flags.
import { join, resolve } from 'node:path';
import { BuiltSite } from '../src/lib/built-site/built-site.ts';
import { PACK_CACHE_DIR } from '../src/lib/packs/print-site.ts';
import { finishSite, readPackPlan } from '../src/lib/packs/finish-site.ts';
import { formatShard, parseShard } from '../src/lib/packs/shards.ts';
import { renderPdfs } from '../src/lib/packs/pdf/render-pdfs.ts';
import { normalizeBase } from '../src/lib/routes/routes.ts';
import { parseCliArgs } from './lib/cli-args.ts';
import { mergeShards } from './lib/packs-merge.ts';
import { renderShard, toJob } from './lib/packs-shard.ts';

const USAGE = `用法：npm run packs -- [--shard i/n [--out 目录] | --merge 分片目录…] [--site dist]
  （无参数）   生成全部学习包，写入文件大小并删除打印页面
  --shard i/n  只生成 n 份中的第 i 份（各份由构建结果唯一确定），放到 --out（默认 .packs-shards/i-of-n）
  --merge      合并各分片目录到网站目录，写入文件大小，删除打印页面
  --site       用 CURRICULUM_PACKS=html 构建出的网站目录，默认 dist
网站构建时设置了 BASE_PATH 的，这里也要设置同样的值。`;

const { values, positionals } = parseCliArgs(
  {
    allowPositionals: true,
    options: {
      shard: { type: 'string' },
      out: { type: 'string' },
      merge: { type: 'boolean', default: false },
      site: { type: 'string', default: 'dist' },
    },
  },
  USAGE,
);
const root = process.cwd();
const options = {
  site: resolve(root, values.site),
  cacheDir: join(root, PACK_CACHE_DIR),
  base: normalizeBase(process.env.BASE_PATH),
};
const shard = values.shard === undefined ? undefined : parseShard(values.shard);
if ((values.shard !== undefined && !shard) || (values.merge && (shard || positionals.length === 0))) {
  console.error(USAGE);
  process.exit(2);
}

try {
  if (values.merge) {
    const { packs, shards } = await mergeShards(
      options,
      positionals.map((dir) => resolve(root, dir)),
    );
    console.log(`学习包已合并：${shards} 个分片，共 ${packs} 个 PDF，已写入 ${values.site}/。`);
  } else if (shard) {
    const out = resolve(root, values.out ?? join('.packs-shards', `${shard.index}-of-${shard.count}`));
    const { packs } = await renderShard(options, shard, out);
    console.log(`分片 ${formatShard(shard)}：${packs} 个学习包已放到 ${out}`);
  } else {
    const report = await renderPdfs(readPackPlan(options.site).map(toJob), {
      outDir: options.site,
      cacheDir: options.cacheDir,
      base: options.base,
    });
    finishSite(new BuiltSite(options.site), report.sizes);
  }
} catch (error) {
  // The renderer's and the merge's messages are complete Chinese advice; no stack trace.
  console.error((error as Error).message);
  process.exit(1);
}
