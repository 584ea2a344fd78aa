import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toSimplified } from '../../../../src/lib/search/to-simplified.ts';

describe('toSimplified', () => {
  test('party vocabulary in traditional characters becomes the simplified words the index holds', () => {
    const pairs = {
      黨員教育: '党员教育',
      支部書記: '支部书记',
      學習: '学习',
      黨費: '党费',
      組織生活會: '组织生活会',
      三會一課: '三会一课',
      港珠澳大橋: '港珠澳大桥',
    };
    for (const [traditional, simplified] of Object.entries(pairs)) {
      assert.equal(toSimplified(traditional), simplified, traditional);
    }
  });

  test('Taiwan and Hong Kong variant forms are folded first (裡 → 里)', () => {
    assert.equal(toSimplified('黨校裡面'), '党校里面');
  });

  test('codes and simplified text pass through', () => {
    assert.equal(toSimplified('ZS-004 党员'), 'ZS-004 党员');
  });
});
