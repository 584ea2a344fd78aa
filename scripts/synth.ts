// `npm run synth -- --count 300 --out content/modules/synthetic [--seed 1] [--force]`: writes
// synthetic course modules (the benchmark's generator) into a folder, to try the site at scale.
// `npm run synth -- --reports 300 --out synthetic-reports [--seed 1]`: writes synthetic branch
// report files, an organization tree and their truth, to try /rollup/ (synthetic-reports.ts).
// Exit codes: 0 written, 1 refused (nothing written), 2 bad flags or a failure.
import { parseCliArgs } from './lib/cli-args.ts';
import { runSynth } from './lib/synth-command.ts';
import { runSynthReports } from './lib/synth-reports-command.ts';

const USAGE = `用法：npm run synth -- --count 300 --out content/modules/synthetic [--seed 1] [--force]
      npm run synth -- --reports 300 --out synthetic-reports [--seed 1]
  --count    生成的模块数
  --reports  生成的支部上报文件数（另写组织架构.csv 和 truth.json，供 /rollup/ 试用）
  --out      写入的文件夹；模块放在 content/modules/ 之下才会被网站读取
  --seed     随机种子，同一种子生成同样的内容（默认 1）
  --force    允许直接写入 content/modules`;

const { values } = parseCliArgs(
  {
    options: {
      count: { type: 'string' },
      reports: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      force: { type: 'boolean', default: false },
    },
  },
  USAGE,
);
const reports = values.reports === undefined ? undefined : Number(values.reports);
const count = Number(values.count);
const seed = Number(values.seed);
const validCount =
  reports === undefined ? Number.isInteger(count) && count >= 1 : Number.isInteger(reports) && reports >= 1;
if (!values.out || !validCount || !Number.isInteger(seed)) {
  console.error(`需要 --count 或 --reports（正整数）和 --out。\n${USAGE}`);
  process.exit(2);
}
try {
  if (reports !== undefined) {
    const { lines } = await runSynthReports(process.cwd(), { count: reports, out: values.out, seed });
    console.log(lines.join('\n'));
  } else {
    const { lines, exitCode } = runSynth(process.cwd(), {
      count,
      out: values.out,
      seed,
      force: values.force,
    });
    console.log(lines.join('\n'));
    process.exitCode = exitCode;
  }
} catch (error) {
  console.error(`生成模拟内容时出错：${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
