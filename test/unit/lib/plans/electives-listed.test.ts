import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ELECTIVES_LISTED, listElectives } from '../../../../src/lib/plans/electives-listed.ts';

const codes = (n: number) => Array.from({ length: n }, (_, i) => `XS-${String(i + 1).padStart(3, '0')}`);

test('a large library names only the first electives, in plan order, and counts the rest', () => {
  const { listed, more } = listElectives(codes(270));
  assert.deepEqual(listed, codes(ELECTIVES_LISTED));
  assert.equal(more, 270 - ELECTIVES_LISTED);
});

test('a small plan names every elective and points nowhere else', () => {
  assert.deepEqual(listElectives(codes(ELECTIVES_LISTED)), { listed: codes(ELECTIVES_LISTED), more: 0 });
  assert.deepEqual(listElectives([]), { listed: [], more: 0 });
});
