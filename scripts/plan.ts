// `npm run plan [-- --year 2027] [--force]`: writes the default yearly study plan to
// content/plans/<year>.yaml for an organizer to edit and commit. An existing plan file is never
// overwritten without --force (which keeps a .bak copy); instead the script says what differs.
// Exit codes: 0 written or already up to date, 1 a plan file is in the way, 2 bad flags or a failure.
import { parseCliArgs } from './lib/cli-args.ts';
import { runPlanCommand } from './lib/plan-command.ts';

const USAGE = `用法：npm run plan -- [--year 2027] [--force]
  --year   计划年份，默认取 content/settings.yaml 的 plan.year
  --force  覆盖已有的计划文件（原文件备份为 .bak）`;

const { values } = parseCliArgs(
  {
    options: {
      year: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  },
  USAGE,
);
const year = values.year === undefined ? undefined : Number(values.year);
if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100)) {
  console.error(`年份应为 2000–2100 之间的整数，实际是「${values.year}」。\n${USAGE}`);
  process.exit(2);
}
try {
  const { lines, exitCode } = runPlanCommand(process.cwd(), { year, force: values.force });
  console.log(lines.join('\n'));
  process.exitCode = exitCode;
} catch (error) {
  console.error(`生成计划时出错：${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
