import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  EvaluationFileSchema,
  toModuleEvaluation,
  toSurveyCounts,
} from '../../../../src/lib/evaluation/evaluation-file.ts';

test('a file of counts parses, with cards defaulting to 0', () => {
  const file = EvaluationFileSchema.parse({
    year: 2027,
    modules: [{ module: 'LL-001', levels: [12, 30, 5, 2] }],
  });
  assert.equal(file.modules[0]?.cards, 0);
  assert.equal(file.survey, undefined);
});

test('names, members and other unknown keys are refused at every level', () => {
  for (const data of [
    { year: 2027, members: ['张三'] },
    { year: 2027, modules: [{ module: 'LL-001', levels: [1, 0, 0, 0], name: '张三' }] },
    { year: 2027, survey: { respondents: 1, topics: {}, names: ['张三'] } },
  ])
    assert.equal(EvaluationFileSchema.safeParse(data).success, false);
});

test('indicators are all five or none; counts are whole numbers from 0', () => {
  const entry = (extra: object) => ({
    year: 2027,
    modules: [{ module: 'LL-001', levels: [1, 0, 0, 0], ...extra }],
  });
  assert.equal(
    EvaluationFileSchema.safeParse(entry({ indicators: { theory: [1, 0, 0, 0] } })).success,
    false,
  );
  assert.equal(EvaluationFileSchema.safeParse(entry({ cards: -1 })).success, false);
  assert.equal(EvaluationFileSchema.safeParse(entry({ cards: 1.5 })).success, false);
});

test('an entry becomes the shared tally, with zero indicators when the file has none', () => {
  const evaluation = toModuleEvaluation({ module: 'LL-001', levels: [1, 2, 3, 4], cards: 0 });
  assert.deepEqual(evaluation.levels, [1, 2, 3, 4]);
  assert.deepEqual(evaluation.indicators.manner, [0, 0, 0, 0]);
  assert.equal(Object.keys(evaluation.indicators).length, 5);
});

test('the survey map becomes counts in topic id order, zeros left out', () => {
  assert.deepEqual(
    toSurveyCounts({ respondents: 10, topics: { theory: 4, comprehensive: 2, 'party-spirit': 0 } }),
    {
      respondents: 10,
      topics: [
        { topic: 'comprehensive', count: 2 },
        { topic: 'theory', count: 4 },
      ],
    },
  );
  assert.equal(toSurveyCounts(undefined), undefined);
});
