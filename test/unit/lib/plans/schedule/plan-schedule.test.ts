import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPlanSchedule } from '../../../../../src/lib/plans/schedule/plan-schedule.ts';
import { makeModule } from '../../../../helpers/modules.ts';

const settings = { startDate: new Date('2027-01-04T00:00:00Z'), discussionGapDays: 14 };
const formats = [
  { id: 'lecture', role: 'lesson' as const },
  { id: 'film', role: 'film' as const },
];
const required = [
  { entry: { data: makeModule({ code: 'LL-001', hours: 2, discussion: ['问题一'] }) } },
  { entry: { data: makeModule({ code: 'LL-002', hours: 2 }) }, quarter: 4 },
  { entry: { data: makeModule({ code: 'LL-003', hours: 2 }) } },
  { entry: { data: makeModule({ code: 'LL-004', hours: 2 }) }, quarter: 3, month: 8 },
];
const plan = { required, themes: ['学习贯彻党章', undefined, undefined, '作风建设'] };

test('the quarterly schedule honours the plan’s quarters and puts the themes on the discussions', () => {
  const events = createPlanSchedule('quarterly', plan, settings, formats);
  const quarterOf = (code: string) =>
    events.find((event) => event.kind === 'study' && event.modules.some((m) => m.code === code))?.id;
  assert.equal(quarterOf('LL-002'), 'q4-study');
  assert.equal(quarterOf('LL-004'), 'q3-study');
  const discussions = events.filter((event) => event.kind === 'discussion');
  assert.equal(
    discussions.find((event) => event.id === 'q1-discussion')?.title,
    '第一季度专题研讨：学习贯彻党章',
  );
  assert.equal(discussions.find((event) => event.id === 'q4-discussion')?.theme, '作风建设');
  assert.ok(
    discussions.find((event) => event.id === 'q1-discussion')!.notes.includes('研讨主题：学习贯彻党章'),
  );
});

test('the monthly schedule honours assigned months, and a quarter alone means its first month', () => {
  const events = createPlanSchedule('monthly', plan, settings, formats);
  const monthOf = (code: string) => events.find((event) => event.modules.some((m) => m.code === code))?.id;
  assert.equal(monthOf('LL-004'), 'm08');
  assert.equal(monthOf('LL-002'), 'm10');
});

test('a schedule holds the required modules only, each once', () => {
  for (const cadence of ['quarterly', 'monthly'] as const) {
    const codes = createPlanSchedule(cadence, plan, settings, formats)
      .filter((event) => event.kind !== 'discussion')
      .flatMap((event) => event.modules.map((m) => m.code));
    assert.deepEqual(codes.sort(), ['LL-001', 'LL-002', 'LL-003', 'LL-004']);
  }
});

test('films beyond the twelve monthly slots are still scheduled, as lessons', () => {
  const films = Array.from({ length: 14 }, (_, i) => ({
    entry: { data: makeModule({ code: `DX-1${String(i).padStart(2, '0')}`, hours: 1, format: 'film' }) },
  }));
  const events = createPlanSchedule('monthly', { required: films, themes: [] }, settings, formats);
  const codes = events.flatMap((event) => event.modules.map((m) => m.code));
  assert.deepEqual(codes.toSorted(), films.map(({ entry }) => entry.data.code).toSorted());
});
