import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createLedgerSessions,
  readBatches,
  sessionIdOf,
  sittingsOf,
  withBatches,
} from '../../../../src/lib/ledger/sessions.ts';
import { createPlanSchedule } from '../../../../src/lib/plans/schedule/plan-schedule.ts';
import { PLAN_MODULES } from './ledger-fixtures.ts';

const required = PLAN_MODULES.ordinary.map((m) => ({
  entry: { data: { ...m, format: 'lecture', discussion: [] as string[] } },
}));
const settings = { startDate: new Date('2027-01-04T00:00:00Z'), discussionGapDays: 14 };
const formats = [{ id: 'lecture', role: 'lesson' as const }];
const events = [
  ...createPlanSchedule('quarterly', { required, themes: [] }, settings, formats),
  ...createPlanSchedule('monthly', { required, themes: [] }, settings, formats),
];

test('the year’s sessions come from the plan’s schedule, with their modules and 学时', () => {
  const sessions = createLedgerSessions('ordinary', events);
  assert.equal(sessions.filter((s) => s.kind === 'study').length, 4);
  assert.equal(sessions.filter((s) => s.kind === 'discussion').length, 4);
  assert.equal(sessions.filter((s) => s.kind === 'theme-day').length, 12);
  const first = sessions[0]!;
  assert.deepEqual(
    { id: first.id, date: first.date, hours: first.hours, modules: first.modules.map((m) => m.code) },
    { id: 'ordinary/q1-study', date: '2027-01-04', hours: 8, modules: ['LL-001'] },
  );
  assert.deepEqual(first.batches, []);
});

test('batches from a count or from names; a bad spec gives a Chinese problem', () => {
  assert.deepEqual(readBatches(2), {
    batches: [
      { id: 'b1', label: '第 1 批' },
      { id: 'b2', label: '第 2 批' },
    ],
  });
  assert.deepEqual(readBatches(['白班', ' 夜班 ', '']), {
    batches: [
      { id: 'b1', label: '白班' },
      { id: 'b2', label: '夜班' },
    ],
  });
  assert.deepEqual(readBatches(1), { batches: [] });
  assert.match((readBatches(0) as { problem: string }).problem, /允许：1–12 批/);
  assert.match((readBatches(['甲', '甲']) as { problem: string }).problem, /重复/);
});

test('each batch is a sitting of its session, with an id that leads back to it', () => {
  const sessions = createLedgerSessions('ordinary', events.slice(0, 2));
  const { batches } = readBatches(['白班', '夜班']) as { batches: [] };
  const split = withBatches(sessions, batches, (s) => s.kind === 'study');
  assert.deepEqual(
    split.flatMap(sittingsOf).map((s) => [s.id, s.label]),
    [
      ['ordinary/q1-study@b1', '第一季度集中学习（白班）'],
      ['ordinary/q1-study@b2', '第一季度集中学习（夜班）'],
      ['ordinary/q1-discussion', '第一季度专题研讨'],
    ],
  );
  assert.equal(sessionIdOf('ordinary/q1-study@b2'), 'ordinary/q1-study');
});
