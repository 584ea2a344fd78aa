import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { emptyModuleEvaluation } from '../../../../src/lib/evaluation/module-evaluation.ts';
import { evaluationsYaml } from '../../../../src/lib/rollup/evaluations-yaml.ts';

test('the evaluation file is written exactly as the contract shows', () => {
  const carded = {
    ...emptyModuleEvaluation('LL-001'),
    levels: [12, 30, 5, 2] as [number, number, number, number],
    cards: 20,
  };
  carded.indicators = {
    relevance: [8, 9, 2, 1],
    theory: [7, 10, 2, 1],
    information: [6, 10, 3, 1],
    delivery: [9, 8, 2, 1],
    manner: [10, 8, 1, 1],
  };
  const text = evaluationsYaml({
    year: 2027,
    source: '某集团党委组织部',
    evaluations: [carded, { ...emptyModuleEvaluation('DX-002'), levels: [1, 0, 0, 0] }],
    survey: {
      respondents: 420,
      topics: [
        { topic: 'party-spirit', count: 80 },
        { topic: 'theory', count: 120 },
      ],
    },
    topicOrder: ['theory', 'party-spirit'],
  });
  assert.equal(
    text,
    `# 2027 年度培训评估汇总：由组织部在 /rollup/ 导出，只有人数，不含姓名。
year: 2027
source: "某集团党委组织部"
modules:
  - module: LL-001
    levels: [12, 30, 5, 2]
    cards: 20
    indicators:
      relevance: [8, 9, 2, 1]
      theory: [7, 10, 2, 1]
      information: [6, 10, 3, 1]
      delivery: [9, 8, 2, 1]
      manner: [10, 8, 1, 1]
  - module: DX-002
    levels: [1, 0, 0, 0]
survey:
  respondents: 420
  topics:
    theory: 120
    party-spirit: 80
`,
  );
  assert.equal(parse(text).modules[0].indicators.manner[0], 10);
});

test('odd module codes are quoted, and no survey means no survey key', () => {
  const text = evaluationsYaml({
    year: 2028,
    source: '',
    evaluations: [
      { ...emptyModuleEvaluation('no'), levels: [0, 0, 0, 1] },
      { ...emptyModuleEvaluation('12: x'), levels: [1, 0, 0, 0] },
    ],
    survey: { respondents: 0, topics: [] },
    topicOrder: [],
  });
  assert.deepEqual(parse(text), {
    year: 2028,
    modules: [
      { module: 'no', levels: [0, 0, 0, 1] },
      { module: '12: x', levels: [1, 0, 0, 0] },
    ],
  });
});
