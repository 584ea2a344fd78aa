/**
 * The workbook's last sheets, also the page's tables: 列席 (coverage per level against its
 * target, for the scope and each unit below it), 培训评估 (each module's ratings, 满意率 and the
 * indicators' share of 好/较好/一般, flagged under the line) and 需求调研 (topics chosen, beside
 * how many of the year's required modules cover each).
 */
import { INDICATORS, SATISFACTION_LEVELS, levelsTotal, satisfactionRate } from '../evaluation/levels.ts';
import type { TableCell, TableSheet } from '../spreadsheet/types.ts';
import type { RollupPageData } from './page-data.ts';
import type { Rollup } from './rollup.ts';
import { scopeName } from './scope.ts';
import { number, percent, text } from './table-cells.ts';
import type { VisitCoverage } from './visits.ts';

const verdict = (visit: VisitCoverage) => (visit.met === undefined ? '—' : visit.met ? '达标' : '未达标');

export function visitsSheet(rollup: Rollup): TableSheet {
  const line = (name: string, visit: VisitCoverage): TableCell[] => [
    name,
    visit.label,
    visit.visited,
    visit.target ?? '',
    verdict(visit),
  ];
  const { discussions, entries } = rollup.totals.visits;
  return {
    name: '列席',
    columns: [text('单位'), text('列席的党组织'), number('有列席的支部数'), number('目标'), text('是否达标')],
    rows: [
      ...rollup.visits.map((visit) => line(`${scopeName(rollup.scope)}（合计）`, visit)),
      ...rollup.children.flatMap((child) =>
        child.visits.filter((v) => v.target !== undefined).map((visit) => line(child.name, visit)),
      ),
      [`专题研讨 ${discussions} 场，列席记录 ${entries} 条`, '', '', '', ''],
    ],
  };
}

export function evaluationSheet(
  rollup: Rollup,
  data: Pick<RollupPageData, 'modules' | 'satisfactionLine'>,
): TableSheet {
  const rows = rollup.totals.evaluations.map((evaluation) => {
    const rate = satisfactionRate(evaluation.levels);
    return [
      evaluation.module,
      data.modules[evaluation.module] ?? '',
      ...evaluation.levels,
      levelsTotal(evaluation.levels),
      rate ?? '',
      rate !== undefined && rate < data.satisfactionLine ? `低于 ${data.satisfactionLine}%` : '',
      evaluation.cards,
      ...INDICATORS.map(({ id }) => satisfactionRate(evaluation.indicators[id]) ?? ''),
    ];
  });
  return {
    name: '培训评估',
    columns: [
      text('模块'),
      text('名称'),
      ...SATISFACTION_LEVELS.map(number),
      number('评价人数'),
      number('满意率（%）'),
      text('满意线'),
      number('评估卡'),
      ...INDICATORS.map(({ label }) => number(`${label}（好/较好/一般，%）`)),
    ],
    rows,
  };
}

export function surveySheet(rollup: Rollup, data: Pick<RollupPageData, 'topics'>): TableSheet {
  const { respondents, topics } = rollup.totals.survey;
  const counts = new Map(topics.map(({ topic, count }) => [topic, count]));
  const known = new Set(data.topics.map((topic) => topic.id));
  const rows: TableCell[][] = [
    ...data.topics.map(({ id, name, plannedModules }) => {
      const count = counts.get(id) ?? 0;
      return [name, id, count, percent(count, respondents), plannedModules];
    }),
    ...topics
      .filter(({ topic }) => !known.has(topic))
      .map(({ topic, count }) => [topic, topic, count, percent(count, respondents), '']),
  ];
  return {
    name: '需求调研',
    columns: [
      text('专题'),
      text('专题代码'),
      number('选择人数'),
      number('占填报人数（%）'),
      number('本年度计划必修模块数'),
    ],
    rows: [[`填报人数 ${respondents}`, '', respondents, '', ''], ...rows],
  };
}
