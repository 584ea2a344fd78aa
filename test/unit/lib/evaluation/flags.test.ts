import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  formatPercent,
  moduleResult,
  moduleResults,
  percentOf,
} from '../../../../src/lib/evaluation/flags.ts';
import {
  emptyModuleEvaluation,
  type ModuleEvaluation,
} from '../../../../src/lib/evaluation/module-evaluation.ts';
import type { Levels } from '../../../../src/lib/evaluation/levels.ts';

const evaluation = (
  module: string,
  levels: Levels,
  indicators: Partial<ModuleEvaluation['indicators']> = {},
) => {
  const base = emptyModuleEvaluation(module);
  const cards = Math.max(0, ...Object.values(indicators).map((l) => l[0] + l[1] + l[2] + l[3]));
  return { ...base, levels, cards, indicators: { ...base.indicators, ...indicators } };
};

test('known tallies give exact percentages, one decimal', () => {
  assert.equal(percentOf(55, 71), 77.5);
  assert.equal(percentOf(1, 3), 33.3);
  assert.equal(percentOf(2, 3), 66.7);
  assert.equal(percentOf(0, 0), 0);
  assert.equal(formatPercent(77.5), '77.5%');
  assert.equal(formatPercent(100), '100.0%');
});

test('a module under the line is flagged; one exactly on the line is not', () => {
  const under = moduleResult(evaluation('XS-001', [9, 22, 24, 16]), 80);
  assert.equal(under.rate, 77.5); // 55 of 71 not 不满意
  assert.equal(under.ratings, 71);
  assert.equal(under.below, true);
  const on = moduleResult(evaluation('LL-001', [4, 0, 0, 1]), 80);
  assert.equal(on.rate, 80);
  assert.equal(on.below, false);
  assert.equal(moduleResult(evaluation('LL-001', [4, 0, 0, 1]), 81).below, true);
});

test('a module nobody rated overall is never flagged', () => {
  const result = moduleResult(emptyModuleEvaluation('LL-001'), 80);
  assert.equal(result.rate, undefined);
  assert.equal(result.below, false);
  assert.equal(result.weakest, undefined);
});

test('the weakest indicator has the most 差, then the fewest 好 and 较好', () => {
  const result = moduleResult(
    evaluation('XS-001', [9, 22, 24, 16], {
      relevance: [5, 9, 10, 6],
      theory: [8, 12, 7, 3],
      information: [4, 8, 11, 7],
      delivery: [6, 11, 9, 4],
      manner: [10, 13, 5, 2],
    }),
    80,
  );
  assert.equal(result.weakest?.label, '信息量');
  assert.equal(result.weakest?.rate, 76.7); // 23 of 30
  assert.equal(result.weakest?.goodRate, 40);
  assert.equal(result.weakest?.poorRate, 23.3);
  assert.equal(result.indicators.length, 5);
  const tie = moduleResult(
    evaluation('LL-001', [1, 0, 0, 0], { theory: [1, 1, 0, 0], manner: [0, 1, 1, 0] }),
    80,
  );
  assert.equal(tie.weakest?.id, 'manner');
  assert.deepEqual(
    tie.indicators.map((indicator) => indicator.id),
    ['theory', 'manner'],
  );
});

test('results list flagged modules first, then by 满意率 from low to high', () => {
  const results = moduleResults(
    [
      evaluation('AA-001', [10, 0, 0, 0]),
      evaluation('BB-001', [1, 0, 0, 1]),
      evaluation('CC-001', [8, 0, 0, 1]),
      evaluation('DD-001', [7, 0, 0, 3]),
    ],
    80,
  );
  assert.deepEqual(
    results.map((result) => [result.module, result.below]),
    [
      ['BB-001', true],
      ['DD-001', true],
      ['CC-001', false],
      ['AA-001', false],
    ],
  );
});
