import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CalendarDateSchema, isCalendarDate } from '../../../src/schemas/calendar-date.ts';

test('real YYYY-MM-DD days are accepted', () => {
  assert.ok(isCalendarDate('2026-03-15'));
  assert.ok(isCalendarDate('2028-02-29'));
});

test('impossible or loosely written days are rejected', () => {
  for (const value of ['2026-02-30', '2026-02-29', '2026-13-01', '2026-3-5', '15/03/2026', '']) {
    assert.equal(isCalendarDate(value), false, value);
  }
});

test('the schema yields a UTC date and accepts dates YAML already parsed', () => {
  assert.equal(CalendarDateSchema.parse('2026-03-15').toISOString(), '2026-03-15T00:00:00.000Z');
  assert.equal(CalendarDateSchema.parse(new Date('2026-03-15')).toISOString(), '2026-03-15T00:00:00.000Z');
  assert.equal(CalendarDateSchema.safeParse('2026-02-30').success, false);
});
