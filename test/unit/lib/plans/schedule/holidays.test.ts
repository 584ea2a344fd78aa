import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoDay } from '../../../../../src/lib/platform/calendar.ts';
import { loadWorkCalendar } from '../../../../../src/lib/content/files/holidays.ts';
import { nextWorkingDay } from '../../../../../src/lib/plans/schedule/dates.ts';
import { createWorkCalendar } from '../../../../../src/lib/plans/schedule/holidays.ts';
import { projectRoot } from '../../../../helpers/content.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

// 2026 as the State Council's notice set it: 国庆 and 中秋 1–8 October, 调休上班 on Sunday
// 20 September and Saturday 10 October.
const year2026 = createWorkCalendar([
  {
    holidays: [{ name: '国庆节', from: day('2026-10-01'), to: day('2026-10-07') }],
    workdays: [day('2026-09-20'), day('2026-10-10')],
  },
]);

test('a holiday is not a working day, and a 调休 weekend is', () => {
  assert.equal(year2026.holidayOf(day('2026-10-05')), '国庆节');
  assert.equal(year2026.isWorkingDay(day('2026-10-05')), false); // Monday in the holiday
  assert.equal(year2026.isWorkingDay(day('2026-10-10')), true); // 调休 Saturday
  assert.equal(year2026.isWorkingDay(day('2026-09-20')), true); // 调休 Sunday
  assert.equal(year2026.isWorkingDay(day('2026-10-11')), false); // an ordinary Sunday
  assert.equal(year2026.holidayOf(day('2026-10-08')), undefined);
});

test('a session in the holiday moves to the first working day after it, a 调休 Saturday included', () => {
  assert.equal(isoDay(nextWorkingDay(day('2026-10-02'), year2026)), '2026-10-08');
  assert.equal(isoDay(nextWorkingDay(day('2026-10-10'), year2026)), '2026-10-10');
  assert.equal(isoDay(nextWorkingDay(day('2026-09-19'), year2026)), '2026-09-20');
});

test('the shipped 2027 file puts 4 October 2027 inside the National Day holiday', () => {
  const calendar = loadWorkCalendar(projectRoot);
  assert.equal(calendar.holidayOf(day('2027-10-04')), '国庆节');
  assert.equal(isoDay(nextWorkingDay(day('2027-10-04'), calendar)), '2027-10-08');
});
