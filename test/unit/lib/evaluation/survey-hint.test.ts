import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rankTopics, surveyHintLines } from '../../../../src/lib/evaluation/survey-hint.ts';

const supply = [
  { topic: 'theory', name: '政治理论', modules: 2, hours: 6 },
  { topic: 'party-spirit', name: '党性教育', modules: 0, hours: 0 },
  { topic: 'comprehensive', name: '综合素质', modules: 1, hours: 2 },
];
const survey = {
  respondents: 40,
  topics: [
    { topic: 'comprehensive', count: 30 },
    { topic: 'theory', count: 10 },
  ],
};

test('topics rank by demand; unchosen ones keep the taxonomy order at the end', () => {
  assert.deepEqual(
    rankTopics(survey, supply).map((row) => [row.topic, row.count, row.share]),
    [
      ['comprehensive', 30, 75],
      ['theory', 10, 25],
      ['party-spirit', 0, 0],
    ],
  );
});

test('the hint names demand beside the plan, and required modules under the line', () => {
  const lines = surveyHintLines({
    file: 'content/evaluations/2026.yaml',
    planYear: 2027,
    line: 80,
    survey,
    supply,
    weak: [{ code: 'XS-001', title: '国企改革', rate: 77.5 }],
  });
  assert.deepEqual(lines, [
    '',
    '提示（仅供参考，计划未因此改动）：',
    '需求调研（content/evaluations/2026.yaml，40 人回答）与 2027 年计划必修的对照：',
    '  1. 综合素质：30 人选择（75.0%）；计划必修 1 个模块、2 学时',
    '  2. 政治理论：10 人选择（25.0%）；计划必修 2 个模块、6 学时',
    '  3. 党性教育：0 人选择（0.0%）；计划必修 没有必修模块',
    '满意率低于 80%、计划仍列为必修的模块（content/evaluations/2026.yaml）：',
    '  XS-001 国企改革：满意率 77.5%',
  ]);
});

test('nothing to say, no lines', () => {
  const input = { file: 'x', planYear: 2027, line: 80, survey: undefined, supply, weak: [] };
  assert.deepEqual(surveyHintLines(input), []);
});
