import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoDay } from '../../../../../src/lib/platform/calendar.ts';
import { nextWorkingDay, sessionDay } from '../../../../../src/lib/plans/schedule/dates.ts';
import { createWorkCalendar } from '../../../../../src/lib/plans/schedule/holidays.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

test('weekend sessions move to Monday', () => {
  assert.equal(isoDay(nextWorkingDay(day('2027-04-03'))), '2027-04-05'); // Saturday
  assert.equal(isoDay(nextWorkingDay(day('2027-04-04'))), '2027-04-05'); // Sunday
  assert.equal(isoDay(nextWorkingDay(day('2027-04-06'))), '2027-04-06'); // Tuesday
});

test('a session on a public holiday moves past it and says why; a weekend move needs no note', () => {
  const calendar = createWorkCalendar([
    { holidays: [{ name: '国庆节', from: day('2027-10-01'), to: day('2027-10-07') }], workdays: [] },
  ]);
  assert.deepEqual(sessionDay(day('2027-10-04'), calendar), {
    date: day('2027-10-08'),
    notes: ['原定 10 月 4 日适逢国庆节假期，顺延到 10 月 8 日。'],
  });
  assert.deepEqual(sessionDay(day('2027-07-04'), calendar), { date: day('2027-07-05'), notes: [] });
});
