import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyModuleEvaluation } from '../../../../src/lib/evaluation/module-evaluation.ts';
import { emptyFigures } from '../../../../src/lib/reports/figures.ts';
import { evaluationSheet, surveySheet, visitsSheet } from '../../../../src/lib/rollup/evaluation-sheets.ts';
import type { Rollup } from '../../../../src/lib/rollup/rollup.ts';
import { visitCoverage } from '../../../../src/lib/rollup/visits.ts';
import { companyScope, targets } from './rollup-fixtures.ts';

function rollupOf(figures = emptyFigures()): Rollup {
  return {
    scope: companyScope(),
    totals: figures,
    reported: [],
    missing: [],
    unknown: [],
    expected: 150,
    children: [],
    oldPlans: [],
    visits: visitCoverage(figures, 'company', 150, targets),
    treeFromFile: false,
  };
}

test('known ratings give exact 满意率, and a module under the line is flagged', () => {
  const figures = emptyFigures();
  figures.evaluations = [
    { ...emptyModuleEvaluation('LL-001'), levels: [12, 30, 5, 3] },
    { ...emptyModuleEvaluation('LL-002'), levels: [1, 2, 4, 3], cards: 10 },
  ];
  figures.evaluations[1]!.indicators.theory = [2, 2, 2, 4];
  const sheet = evaluationSheet(rollupOf(figures), {
    modules: { 'LL-001': '学习党章' },
    satisfactionLine: 80,
  });
  assert.deepEqual(sheet.rows[0]!.slice(0, 9), ['LL-001', '学习党章', 12, 30, 5, 3, 50, 94, '']);
  assert.deepEqual(sheet.rows[1]!.slice(0, 10), ['LL-002', '', 1, 2, 4, 3, 10, 70, '低于 80%', 10]);
  // 理论性: 6 of 10 cards at 好/较好/一般.
  assert.equal(sheet.rows[1]![11], 60);
});

test('列席 coverage is shown against the 集团 target of 100 branches', () => {
  const figures = emptyFigures();
  figures.visits = { discussions: 600, entries: 230, branchesVisited: { unit: 150, company: 90, above: 3 } };
  const sheet = visitsSheet(rollupOf(figures));
  assert.deepEqual(sheet.rows.slice(0, 3), [
    ['模拟集团（合计）', '二级单位党组织', 150, 150, '达标'],
    ['模拟集团（合计）', '集团党委', 90, 100, '未达标'],
    ['模拟集团（合计）', '上级党组织', 3, '', '—'],
  ]);
});

test('the survey sits beside the plan, topics in taxonomy order', () => {
  const figures = emptyFigures();
  figures.survey = {
    respondents: 40,
    topics: [
      { topic: 'party-spirit', count: 10 },
      { topic: 'theory', count: 30 },
    ],
  };
  const sheet = surveySheet(rollupOf(figures), {
    topics: [
      { id: 'theory', name: '政治理论', plannedModules: 4 },
      { id: 'party-spirit', name: '党性教育', plannedModules: 2 },
    ],
  });
  assert.deepEqual(sheet.rows, [
    ['填报人数 40', '', 40, '', ''],
    ['政治理论', 'theory', 30, 75, 4],
    ['党性教育', 'party-spirit', 10, 25, 2],
  ]);
});
