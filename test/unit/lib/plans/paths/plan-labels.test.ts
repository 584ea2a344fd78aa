import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planTitle, planYearLine, rotationLabel } from '../../../../../src/lib/plans/paths/plan-labels.ts';

test('a plan year names its place in the rotation', () => {
  assert.equal(
    planYearLine({ year: 2027, cycle: { years: 3, startYear: 2027, index: 1 } }),
    '2027年度 · 三年轮训第1年',
  );
  assert.equal(
    planYearLine({ year: 2029, cycle: { years: 3, startYear: 2027, index: 3 } }),
    '2029年度 · 三年轮训第3年',
  );
  assert.equal(planTitle(2027), '2027年度学习计划');
});

test('without a rotation only the year is named', () => {
  const cycle = { years: 1, startYear: 2027, index: 1 };
  assert.equal(rotationLabel(cycle), undefined);
  assert.equal(planYearLine({ year: 2027, cycle }), '2027年度');
});
