/**
 * The workbook's first sheets, also the page's tables: 汇总 (the key figures and every refused
 * file), 分单位 (one row per unit just below the scope, then 合计), 分类别 (per 党员类别, with
 * the plan versions the branches kept) and 未报送.
 */
import { REPORT_LEVEL_LABELS } from '../reports/report-schema.ts';
import type { TableSheet } from '../spreadsheet/types.ts';
import type { InputVerdicts } from './inputs.ts';
import type { Rollup } from './rollup.ts';
import { CHILD_LABELS, ROLLUP_LEVEL_LABELS, scopeName } from './scope.ts';
import { COUNT_COLUMNS, countCells, countsOf, number, percent, text } from './table-cells.ts';

export function summarySheet(rollup: Rollup, verdicts: InputVerdicts): TableSheet {
  const counts = countsOf(rollup.totals);
  const [members, participants, participation, reached, rate, attendances, , , hours, average] =
    countCells(counts);
  const oldBranches = rollup.oldPlans.reduce((sum, old) => sum + old.branches, 0);
  const rows: [string, string | number][] = [
    ['汇总单位', `${scopeName(rollup.scope)}（${ROLLUP_LEVEL_LABELS[rollup.scope.level]}）`],
    ['年度', rollup.scope.year],
    ['应报支部数', rollup.expected],
    ['已报支部数', rollup.reported.length],
    ['未报送支部数', rollup.missing.length],
    ['报送率（%）', percent(rollup.reported.length, rollup.expected)],
    ['人数', members!],
    ['参学人数', participants!],
    ['参学率（%）', participation!],
    ['达标人数', reached!],
    ['达标率（%）', rate!],
    ['人次', attendances!],
    ['集中学时', counts.hours.concentrated],
    ['自学学时', counts.hours.selfStudy],
    ['总学时', hours!],
    ['人均学时', average!],
    ['按旧版计划报送（支部·类别）', oldBranches],
    ['采用的上报文件', verdicts.accepted.length],
    ['未采用的上报文件', verdicts.rejected.length],
    ...verdicts.rejected.map(({ fileName, reasons }): [string, string] => [
      `未采用：${fileName}`,
      reasons.join(' '),
    ]),
  ];
  return { name: '汇总', columns: [text('项目'), number('数值')], rows };
}

export function unitsSheet(rollup: Rollup): TableSheet {
  const label = CHILD_LABELS[rollup.scope.level];
  const rows = rollup.children.map((child) => [
    child.name,
    child.expected,
    child.expected - child.missing,
    child.missing,
    ...countCells(countsOf(child.figures)),
  ]);
  const total = ['合计', rollup.expected, rollup.reported.length, rollup.missing.length];
  return {
    name: '分单位',
    columns: [text(label), number('应报支部'), number('已报支部'), number('未报送'), ...COUNT_COLUMNS],
    rows: [...rows, [...total, ...countCells(countsOf(rollup.totals))]],
  };
}

export function groupsSheet(rollup: Rollup, current: Readonly<Record<string, string>>): TableSheet {
  const rows = rollup.totals.groups.map((group) => [
    group.name,
    group.requiredHours,
    ...countCells(group),
    group.planVersions
      .map(
        (v) =>
          `${v.version}${current[group.id] && v.version !== current[group.id] ? '（旧版）' : ''}：${v.branches} 个支部`,
      )
      .join('；'),
  ]);
  return {
    name: '分类别',
    columns: [text('党员类别'), number('应修学时'), ...COUNT_COLUMNS, text('计划版本')],
    rows,
  };
}

export function missingSheet(rollup: Rollup): TableSheet {
  return {
    name: '未报送',
    columns: [text('集团'), text(REPORT_LEVEL_LABELS.unit), text('支部'), text('依据')],
    rows: rollup.missing.map((m) => [
      m.company,
      m.unit,
      m.branch,
      m.source === '组织架构' ? '组织架构中有，未收到上报文件' : `「${m.source}」列为未报送`,
    ]),
  };
}

/** Files made for an older plan version than the site publishes now, per 党员类别. */
export function oldPlansSheet(rollup: Rollup): TableSheet {
  return {
    name: '旧版计划',
    columns: [
      text('上报文件'),
      text('单位'),
      text('党员类别'),
      text('所用计划版本'),
      text('当前版本'),
      number('支部数'),
    ],
    rows: rollup.oldPlans.map((old) => [
      old.fileName,
      old.place,
      old.groupName,
      old.version,
      old.current,
      old.branches,
    ]),
  };
}
