/**
 * The one-page A4 上报表, filled from the same rollup as the tables: the key figures, the
 * 分类别 table with its 合计, 列席 against the targets, 满意率 and the survey's leading topics,
 * and lines for 填报人, 审核人 and the date. Per-unit detail stays in the workbook, so the sheet
 * fits one page whatever the number of units.
 */
import { addLevels, noLevels, satisfactionRate } from '../../lib/evaluation/levels.ts';
import type { RollupPageData } from '../../lib/rollup/page-data.ts';
import type { Rollup } from '../../lib/rollup/rollup.ts';
import { ROLLUP_LEVEL_LABELS, scopeName } from '../../lib/rollup/scope.ts';
import { countCells, countsOf } from '../../lib/rollup/table-cells.ts';
import { el } from './render-table.ts';

const HEADERS = [
  '党员类别',
  '人数',
  '参学人数',
  '参学率%',
  '达标人数',
  '达标率%',
  '人次',
  '总学时',
  '人均学时',
];

function groupTable(rollup: Rollup): HTMLTableElement {
  const table = el('table');
  const head = table.createTHead().insertRow();
  for (const header of HEADERS) {
    const th = el('th', header);
    th.scope = 'col';
    head.append(th);
  }
  const body = table.createTBody();
  const line = (name: string, cells: (number | '')[]) => {
    const [members, participants, participation, reached, rate, attendances, , , hours, average] = cells;
    const tr = body.insertRow();
    for (const value of [
      name,
      members,
      participants,
      participation,
      reached,
      rate,
      attendances,
      hours,
      average,
    ])
      tr.append(el('td', String(value ?? '')));
  };
  for (const group of rollup.totals.groups) line(group.name, countCells(group));
  line('合计', countCells(countsOf(rollup.totals)));
  return table;
}

export function fillPrintSheet(sheet: HTMLElement, rollup: Rollup, data: RollupPageData): void {
  const { scope } = rollup;
  const p = (text: string) => sheet.append(el('p', text));
  sheet.replaceChildren(el('h2', `${scope.year} 年度党员教育培训情况上报表`));
  p(`填报单位：${scopeName(scope)}（${ROLLUP_LEVEL_LABELS[scope.level]}）`);
  p(
    `应报支部 ${rollup.expected} 个，已报 ${rollup.reported.length} 个，未报送 ${rollup.missing.length} 个；按旧版计划报送的文件 ${new Set(rollup.oldPlans.map((old) => old.fileName)).size} 个。`,
  );
  sheet.append(el('h3', '一、学习情况（按党员类别）'), groupTable(rollup));
  sheet.append(el('h3', '二、列席研讨'));
  for (const visit of rollup.visits)
    p(
      `${visit.label}列席 ${visit.visited} 个支部${visit.target === undefined ? '' : `，目标 ${visit.target} 个，${visit.met ? '达标' : '未达标'}`}。`,
    );
  sheet.append(el('h3', '三、培训评估与需求调研'));
  const levels = rollup.totals.evaluations.reduce((sum, e) => addLevels(sum, e.levels), noLevels());
  const below = rollup.totals.evaluations.filter(
    (e) => (satisfactionRate(e.levels) ?? 100) < data.satisfactionLine,
  );
  const overall = satisfactionRate(levels);
  p(
    `评价 ${levels.reduce((a, b) => a + b, 0)} 人次，总体满意率 ${overall ?? '—'}%；低于 ${data.satisfactionLine}% 的模块 ${below.length} 个${below.length ? `：${below.map((e) => e.module).join('、')}` : ''}。`,
  );
  const names = new Map(data.topics.map((t) => [t.id, t.name]));
  const top = [...rollup.totals.survey.topics].sort((a, b) => b.count - a.count).slice(0, 3);
  p(
    `需求调研填报 ${rollup.totals.survey.respondents} 人${top.length ? `；选择最多的专题：${top.map((t) => `${names.get(t.topic) ?? t.topic} ${t.count} 人`).join('、')}` : ''}。`,
  );
  const sign = el('p', undefined, 'cm-rollup-sign');
  for (const text of ['填报人：__________', '审核人：__________', '填报日期：____年__月__日'])
    sign.append(el('span', text));
  sheet.append(sign);
}
