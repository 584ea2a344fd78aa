import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isoDay } from '../../../../src/lib/platform/calendar.ts';
import { findStale, staleReasons } from '../../../../src/lib/content/stale.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const options = (today: string) => ({ today: day(today), maxAgeMonths: 24 });

describe('staleReasons', () => {
  test('a review date counts as current on the day itself and is overdue from the next day', () => {
    const data = { updated: day('2026-01-10'), reviewBy: day('2026-06-30') };
    assert.deepEqual(staleReasons(data, options('2026-06-30')), []);
    assert.deepEqual(staleReasons(data, options('2026-07-01')), [
      { kind: 'review-due', dueDate: day('2026-06-30'), daysOverdue: 1 },
    ]);
  });

  test('content is too old once more than maxAgeMonths have passed since `updated`', () => {
    const data = { updated: day('2024-11-21') };
    assert.deepEqual(staleReasons(data, options('2026-11-21')), []);
    assert.deepEqual(staleReasons(data, options('2026-11-23')), [
      { kind: 'too-old', dueDate: day('2026-11-21'), daysOverdue: 2, maxAgeMonths: 24 },
    ]);
  });

  test('both reasons are given, the earlier due date first', () => {
    const data = { updated: day('2024-01-15'), reviewBy: day('2026-06-30') };
    assert.deepEqual(
      staleReasons(data, options('2026-11-21')).map((reason) => [reason.kind, isoDay(reason.dueDate)]),
      [
        ['too-old', '2026-01-15'],
        ['review-due', '2026-06-30'],
      ],
    );
  });
});

test('findStale keeps only stale items, longest overdue first', () => {
  const items = [
    { code: 'A', updated: day('2026-10-01') },
    { code: 'B', updated: day('2026-01-01'), reviewBy: day('2026-10-01') },
    { code: 'C', updated: day('2024-02-01') },
  ];
  const stale = findStale(items, (item) => item, options('2026-11-21'));
  assert.deepEqual(
    stale.map((entry) => [entry.item.code, isoDay(entry.overdueSince)]),
    [
      ['C', '2026-02-01'],
      ['B', '2026-10-01'],
    ],
  );
});
