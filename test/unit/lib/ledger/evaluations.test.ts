import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyModuleEvaluation } from '../../../../src/lib/evaluation/module-evaluation.ts';
import {
  codeEvaluations,
  evaluationSummary,
  ledgerEvaluations,
  ledgerSurvey,
} from '../../../../src/lib/ledger/evaluations.ts';

const rated = (ratings: Record<string, number>, survey: string[] = []) => ({ ratings, survey });
const codes = [
  rated({ 'LL-001': 1, 'LL-002': 3 }, ['theory']),
  rated({ 'LL-001': 1, 'LL-003': 4 }),
  rated({ 'LL-001': 2, 'LL-002': 3, 'LL-009': 7 }),
  rated({}),
];

test('phone ratings are counted per module and level, never per person', () => {
  assert.deepEqual(
    codeEvaluations(codes).map((e) => [e.module, e.levels, e.cards]),
    [
      ['LL-001', [2, 1, 0, 0], 0],
      ['LL-002', [0, 0, 2, 0], 0],
      ['LL-003', [0, 0, 0, 1], 0],
    ],
  );
});

test('known card tallies and ratings give exact 满意率', () => {
  // LL-001: 3 phone ratings (2 很满意, 1 满意) and 17 cards: 6 很满意, 6 满意, 2 基本满意, 3 不满意
  // → 17 of 20 satisfied = 85.0%. LL-003: 1 不满意 of 1 → 0%. LL-002: 2 基本满意 → 100%.
  const card = {
    ...emptyModuleEvaluation('LL-001'),
    cards: 17,
    levels: [6, 6, 2, 3] as [number, number, number, number],
  };
  card.indicators.relevance = [4, 4, 4, 3];
  const ledger = { codes, cards: [card] };
  assert.deepEqual(ledgerEvaluations(ledger)[0]!.levels, [8, 7, 2, 3]);
  const summary = evaluationSummary(ledger);
  assert.deepEqual(
    summary.map((line) => [line.module, line.ratings, line.cards, line.rate, line.below]),
    [
      ['LL-001', 20, 17, 85, false],
      ['LL-002', 2, 0, 100, false],
      ['LL-003', 1, 0, 0, true],
    ],
  );
  // 12 of 15 cards rate 现实针对性 at 一般 or better: 80.0%; no card rated 理论性.
  assert.equal(summary[0]!.indicators.relevance, 80);
  assert.equal(summary[0]!.indicators.theory, undefined);
  // 2 of 3: 66.7%, below a line of 70.
  const twoOfThree = {
    codes: [rated({ 'XS-001': 1 }), rated({ 'XS-001': 3 }), rated({ 'XS-001': 4 })],
    cards: [],
  };
  assert.deepEqual(
    evaluationSummary(twoOfThree, 70).map((line) => [line.rate, line.below]),
    [[66.7, true]],
  );
});

test('the survey adds paper forms and phone answers', () => {
  assert.deepEqual(
    ledgerSurvey({ codes, survey: { respondents: 10, topics: [{ topic: 'theory', count: 6 }] } }),
    {
      respondents: 11,
      topics: [{ topic: 'theory', count: 7 }],
    },
  );
});
