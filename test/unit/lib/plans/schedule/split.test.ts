import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitByWeight } from '../../../../../src/lib/plans/schedule/split.ts';

test('equal weights split evenly and keep their order', () => {
  assert.deepEqual(
    splitByWeight([1, 2, 3, 4, 5, 6, 7, 8], 4, () => 1),
    [
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
    ],
  );
});

test('weights, not counts, decide the split', () => {
  assert.deepEqual(
    splitByWeight(['a', 'b', 'c', 'd'], 2, (item) => (item === 'a' ? 6 : 2)),
    [['a'], ['b', 'c', 'd']],
  );
});

test('fewer items than parts leaves some parts empty, never loses an item', () => {
  const parts = splitByWeight(['x', 'y'], 4, () => 1);
  assert.equal(parts.length, 4);
  assert.deepEqual(parts.flat(), ['x', 'y']);
});
