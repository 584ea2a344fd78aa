import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  SHEETS_PER_PAGE,
  sheetsByPage,
  signInSessions,
} from '../../../../../src/lib/packs/print/sign-in-sessions.ts';
import { createPlanSchedule } from '../../../../../src/lib/plans/schedule/plan-schedule.ts';
import { makeModule } from '../../../../helpers/modules.ts';

const settings = { startDate: new Date('2027-01-04T00:00:00Z'), discussionGapDays: 14 };
const formats = [{ id: 'lecture', role: 'lesson' as const }];
const plan = {
  required: ['LL-001', 'LL-002', 'LL-003', 'LL-004'].map((code) => ({
    entry: { data: makeModule({ code, hours: 2 }) },
  })),
  themes: [],
};
const sessions = signInSessions(
  createPlanSchedule('quarterly', plan, settings, formats),
  createPlanSchedule('monthly', plan, settings, formats),
);

test('the pack has a sheet for every quarterly session and each of the twelve monthly 主题党日', () => {
  assert.equal(sessions.length, 20);
  assert.deepEqual(
    sessions.filter((session) => session.kind === 'theme-day').map((session) => session.title),
    Array.from({ length: 12 }, (_, m) => `第 ${m + 1} 个月主题党日`),
  );
  assert.equal(sessions.filter((session) => session.kind === 'study').length, 4);
  assert.equal(sessions.filter((session) => session.kind === 'discussion').length, 4);
});

test('the sheets come in date order, a quarter’s study before the 主题党日 held the same day', () => {
  const times = sessions.map((session) => session.date.getTime());
  assert.deepEqual(
    times,
    [...times].sort((a, b) => a - b),
  );
  assert.deepEqual(
    sessions.slice(0, 3).map((session) => session.id),
    ['q1-study', 'm01', 'q1-discussion'],
  );
});

test('two sheets to a page: twenty sessions on ten pages, an odd one alone on the last', () => {
  assert.equal(SHEETS_PER_PAGE, 2);
  const pages = sheetsByPage(sessions);
  assert.equal(pages.length, 10);
  assert.deepEqual(pages.flat(), sessions);
  assert.deepEqual(sheetsByPage(['a', 'b', 'c']), [['a', 'b'], ['c']]);
  assert.deepEqual(sheetsByPage([]), []);
});
