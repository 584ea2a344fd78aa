import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoDay } from '../../../../src/lib/calendar.ts';
import { nextWorkingDay } from '../../../../src/lib/schedule/dates.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

test('weekend sessions move to Monday', () => {
  assert.equal(isoDay(nextWorkingDay(day('2027-04-03'))), '2027-04-05'); // Saturday
  assert.equal(isoDay(nextWorkingDay(day('2027-04-04'))), '2027-04-05'); // Sunday
  assert.equal(isoDay(nextWorkingDay(day('2027-04-06'))), '2027-04-06'); // Tuesday
});
