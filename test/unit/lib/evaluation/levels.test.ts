import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addLevels,
  INDICATOR_IDS,
  INDICATORS,
  levelsTotal,
  satisfactionRate,
  SATISFACTION_LEVELS,
} from '../../../../src/lib/evaluation/levels.ts';

test('满意率 counts 很满意, 满意 and 基本满意 against 不满意, to one decimal', () => {
  assert.equal(satisfactionRate([12, 30, 5, 2]), 95.9); // 47 of 49
  assert.equal(satisfactionRate([1, 1, 1, 1]), 75);
  assert.equal(satisfactionRate([0, 0, 0, 3]), 0);
  assert.equal(satisfactionRate([4, 0, 0, 1]), 80);
  assert.equal(satisfactionRate([0, 0, 0, 0]), undefined);
});

test('levels add per level and total', () => {
  assert.deepEqual(addLevels([1, 2, 3, 4], [4, 3, 2, 1]), [5, 5, 5, 5]);
  assert.equal(levelsTotal([1, 2, 3, 4]), 10);
});

test('the card rates the five party-school indicators and an overall line of four levels', () => {
  assert.deepEqual(
    INDICATORS.map((indicator) => indicator.label),
    ['现实针对性', '理论性', '信息量', '语言表达', '教风教态'],
  );
  assert.deepEqual(INDICATOR_IDS, ['relevance', 'theory', 'information', 'delivery', 'manner']);
  assert.deepEqual([...SATISFACTION_LEVELS], ['很满意', '满意', '基本满意', '不满意']);
});
