import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addMonths, calendarToday, daysBetween, isoDay } from '../../../../src/lib/platform/calendar.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('addMonths', () => {
  test('keeps the day of the month, or the last day when the month is shorter', () => {
    assert.equal(isoDay(addMonths(day('2024-03-15'), 24)), '2026-03-15');
    assert.equal(isoDay(addMonths(day('2024-01-31'), 1)), '2024-02-29');
    assert.equal(isoDay(addMonths(day('2023-12-31'), 2)), '2024-02-29');
    assert.equal(isoDay(addMonths(day('2024-02-29'), 12)), '2025-02-28');
    assert.equal(isoDay(addMonths(day('2027-11-15'), 3)), '2028-02-15');
  });
});

describe('calendarToday', () => {
  test('is the Beijing calendar day, stored at midnight UTC like content dates', () => {
    assert.equal(isoDay(calendarToday(new Date('2026-11-21T15:59:00Z'))), '2026-11-21'); // 23:59 in Beijing
    assert.equal(isoDay(calendarToday(new Date('2026-11-21T16:00:00Z'))), '2026-11-22'); // 00:00 in Beijing
    assert.equal(calendarToday(new Date('2026-11-21T16:00:00Z')).getUTCHours(), 0);
  });

  test('between 00:00 and 08:00 in Beijing it is already the new day, though UTC is not', () => {
    const earlyMorning = new Date('2026-11-21T23:30:00Z'); // 07:30 on 22 November in Beijing
    assert.equal(earlyMorning.toISOString().slice(0, 10), '2026-11-21');
    assert.equal(isoDay(calendarToday(earlyMorning)), '2026-11-22');
  });
});

test('daysBetween counts whole calendar days either way', () => {
  assert.equal(daysBetween(day('2026-02-27'), day('2026-03-01')), 2);
  assert.equal(daysBetween(day('2026-03-01'), day('2026-02-27')), -2);
});
