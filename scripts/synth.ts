// `npm run synth -- --count 300 --out content/modules/synthetic [--seed 1] [--force]`: writes
// synthetic course modules (the benchmark's generator) into a folder, to try the site at scale.
// Exit codes: 0 written, 1 refused (nothing written), 2 bad flags or a failure.
import { parseCliArgs } from './lib/cli-args.ts';
import { runSynth } from './lib/synth-command.ts';

const USAGE = `用法：npm run synth -- --count 300 --out content/modules/synthetic [--seed 1] [--force]
  --count  生成的模块数
  --out    写入的文件夹；放在 content/modules/ 之下才会被网站读取
  --seed   随机种子，同一种子生成同样的模块（默认 1）
  --force  允许直接写入 content/modules`;

const { values } = parseCliArgs(
  {
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      force: { type: 'boolean', default: false },
    },
  },
  USAGE,
);
const count = Number(values.count);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error(`需要 --count（正整数）和 --out。\n${USAGE}`);
  process.exit(2);
}
try {
  const { lines, exitCode } = runSynth(process.cwd(), { count, out: values.out, seed, force: values.force });
  console.log(lines.join('\n'));
  process.exitCode = exitCode;
} catch (error) {
  console.error(`生成模拟模块时出错：${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
