import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cycleOf, yearsOf } from '../../../../src/lib/plans/cycle-years.ts';

test('cycles of N years follow each other from the start year', () => {
  const rotation = { years: 3, startYear: 2027 };
  assert.deepEqual(cycleOf(2027, rotation), { years: 3, startYear: 2027, index: 1 });
  assert.deepEqual(cycleOf(2029, rotation), { years: 3, startYear: 2027, index: 3 });
  assert.deepEqual(cycleOf(2030, rotation), { years: 3, startYear: 2030, index: 1 });
  assert.deepEqual(cycleOf(2026, rotation), { years: 3, startYear: 2024, index: 3 });
  assert.deepEqual(yearsOf(cycleOf(2031, rotation)), [2030, 2031, 2032]);
  assert.deepEqual(cycleOf(2031, { years: 1, startYear: 2027 }), { years: 1, startYear: 2031, index: 1 });
});
