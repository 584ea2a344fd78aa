import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addMonths, isoDay, nextWorkingDay } from '../../../../src/lib/schedule/dates.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

test('adding months keeps the day, clamped to the end of shorter months', () => {
  assert.equal(isoDay(addMonths(day('2027-01-04'), 3)), '2027-04-04');
  assert.equal(isoDay(addMonths(day('2027-01-31'), 1)), '2027-02-28');
  assert.equal(isoDay(addMonths(day('2027-11-15'), 3)), '2028-02-15');
});

test('weekend sessions move to Monday', () => {
  assert.equal(isoDay(nextWorkingDay(day('2027-04-03'))), '2027-04-05'); // Saturday
  assert.equal(isoDay(nextWorkingDay(day('2027-04-04'))), '2027-04-05'); // Sunday
  assert.equal(isoDay(nextWorkingDay(day('2027-04-06'))), '2027-04-06'); // Tuesday
});
