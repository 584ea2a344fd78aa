import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Levels } from '../../../../src/lib/evaluation/levels.ts';
import {
  addModuleEvaluations,
  emptyModuleEvaluation,
  type ModuleEvaluation,
} from '../../../../src/lib/evaluation/module-evaluation.ts';
import { addSurveys } from '../../../../src/lib/evaluation/survey.ts';

const rated = (module: string, levels: Levels, cards = 0): ModuleEvaluation => {
  const evaluation = emptyModuleEvaluation(module);
  return {
    ...evaluation,
    levels,
    cards,
    indicators: { ...evaluation.indicators, theory: [cards, 0, 0, 0] as Levels },
  };
};

test('evaluations add per module and level, in code order, leaving modules with nothing out', () => {
  const sum = addModuleEvaluations(
    [rated('LL-002', [1, 0, 0, 1], 2), rated('LL-001', [0, 1, 0, 0])],
    [rated('LL-001', [2, 0, 1, 0], 3), emptyModuleEvaluation('DX-001')],
  );
  assert.deepEqual(
    sum.map((item) => [item.module, item.levels, item.cards, item.indicators.theory]),
    [
      ['LL-001', [2, 1, 1, 0], 3, [3, 0, 0, 0]],
      ['LL-002', [1, 0, 0, 1], 2, [2, 0, 0, 0]],
    ],
  );
});

test('adding in any grouping gives the same evaluations', () => {
  const a = [rated('LL-001', [1, 2, 3, 4], 5)];
  const b = [rated('LL-001', [4, 3, 2, 1], 1), rated('XS-001', [0, 0, 1, 0])];
  const c = [rated('XS-001', [2, 0, 0, 0], 2)];
  assert.deepEqual(
    addModuleEvaluations(addModuleEvaluations(a, b), c),
    addModuleEvaluations(a, addModuleEvaluations(c, b)),
  );
});

test('survey counts add per topic; respondents add even when they chose nothing', () => {
  const sum = addSurveys(
    { respondents: 3, topics: [{ topic: 'theory', count: 2 }] },
    { respondents: 2, topics: [] },
    {
      respondents: 4,
      topics: [
        { topic: 'party-spirit', count: 1 },
        { topic: 'theory', count: 3 },
      ],
    },
  );
  assert.deepEqual(sum, {
    respondents: 9,
    topics: [
      { topic: 'party-spirit', count: 1 },
      { topic: 'theory', count: 5 },
    ],
  });
});
