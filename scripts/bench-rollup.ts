// `npm run bench:rollup [-- --reports 300] [--seed 1]`: the rollup's work for a 集团 of 300
// branches (about 30,000 members), timed step by step against issue 18's target of at most 3 s:
// reading and checking every report file (digest included), reading the tree, rolling up, the
// workbook's tables and the signed level-up file. The reports are synthetic (synthetic-reports.ts)
// with a known truth, and the rollup's totals are checked against it. Exits 1 when the target is
// missed or a total differs from the truth.
import { serialiseReportFile } from '../src/lib/reports/report-file.ts';
import { readInputs } from '../src/lib/rollup/inputs.ts';
import { createLevelUpReport } from '../src/lib/rollup/level-up.ts';
import { createRollup } from '../src/lib/rollup/rollup.ts';
import { rollupSheets } from '../src/lib/rollup/rollup-sheets.ts';
import { countsOf } from '../src/lib/rollup/table-cells.ts';
import { parseTreeRows } from '../src/lib/rollup/tree.ts';
import { DEFAULT_VISIT_TARGETS } from '../src/lib/rollup/visits.ts';
import { parseCliArgs } from './lib/cli-args.ts';
import { generateSyntheticReports, SYNTH_GROUPS, SYNTH_TOPICS } from './lib/synthetic-reports.ts';

const USAGE = `用法：npm run bench:rollup -- [--reports 300] [--seed 1]
  测量组织部汇总的计算速度：N 个模拟的支部上报文件（每个支部约 100 名党员），依次计时：
  读取并核对上报文件（含校验值）、读取组织架构、汇总、生成工作簿的各张表、生成上一级的上报文件，
  合计对照 3 秒的目标，并用模拟数据的真实合计核对汇总结果。未达标或不一致时退出码为 1。
  --reports  支部上报文件数（默认 300）
  --seed     随机种子（默认 1）`;
const { values } = parseCliArgs(
  { options: { reports: { type: 'string', default: '300' }, seed: { type: 'string', default: '1' } } },
  USAGE,
);
const count = Number(values.reports);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error(USAGE);
  process.exit(2);
}

const TARGET_MS = 3000;
const { reports, tree, truth } = await generateSyntheticReports({ count, seed });
const files = reports.map((report, i) => ({
  fileName: `report-${i}.json`,
  text: serialiseReportFile(report),
}));
const scope = { level: 'company' as const, year: truth.year, company: truth.company, unit: '', name: '' };

const timings: [string, number][] = [];
async function timed<T>(label: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  timings.push([label, performance.now() - started]);
  return result;
}

const verdicts = await timed('读取并核对上报文件', () => readInputs(files, scope));
const orgTree = await timed('读取组织架构', () => parseTreeRows(tree, '组织架构.csv'));
const rollup = await timed('汇总', () =>
  createRollup({
    scope,
    inputs: verdicts.accepted,
    tree: orgTree,
    currentVersions: truth.currentVersions,
    targets: DEFAULT_VISIT_TARGETS,
  }),
);
const data = {
  year: truth.year,
  groups: SYNTH_GROUPS.map((g) => ({ ...g, planVersion: truth.currentVersions[g.id]! })),
  topics: SYNTH_TOPICS.map((id) => ({ id, name: id, plannedModules: 0 })),
  modules: {},
  visitTargets: DEFAULT_VISIT_TARGETS,
  satisfactionLine: 80,
};
const sheets = await timed('工作簿各表', () => rollupSheets(rollup, verdicts, data));
await timed('上一级的上报文件', () => createLevelUpReport(rollup));
const total = timings.reduce((sum, [, ms]) => sum + ms, 0);

const counts = countsOf(rollup.totals);
const checks: [string, unknown, unknown][] = [
  ['采用的文件', verdicts.accepted.length, count],
  ['人数', counts.members, truth.members],
  ['参学人数', counts.participants, truth.participants],
  ['达标人数', counts.reached, truth.reached],
  ['人次', counts.attendances, truth.attendances],
  ['总学时', counts.hours.total, truth.hours.total],
  ['未报送', rollup.missing.length, truth.missing.length],
];
const wrong = checks.filter(([, got, want]) => got !== want);

console.log(
  `组织部汇总基准：${count} 个支部上报文件，${counts.members} 名党员，${rollup.children.length} 个二级单位，${sheets.length} 张表`,
);
for (const [label, ms] of timings) console.log(`  ${label.padEnd(9, '　')} ${ms.toFixed(1).padStart(8)} ms`);
console.log(
  `  参学率 ${((counts.participants / counts.members) * 100).toFixed(1)}%，达标率 ${((counts.reached / counts.members) * 100).toFixed(1)}%，未报送 ${rollup.missing.length} 个支部，旧版计划 ${rollup.oldPlans.length} 条`,
);
for (const [label, got, want] of wrong)
  console.log(`  ${label} ${String(got)}，真实值 ${String(want)}：不一致`);
const ok = total <= TARGET_MS;
console.log(`合计 ${total.toFixed(1)} ms，目标 ≤ ${TARGET_MS} ms：${ok ? '达标' : '未达标'}`);
process.exit(ok && wrong.length === 0 ? 0 : 1);
