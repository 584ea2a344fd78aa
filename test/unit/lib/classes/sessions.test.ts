import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  classHalfDays,
  classModuleCodes,
  classSessions,
  sessionsByDay,
} from '../../../../src/lib/classes/sessions.ts';
import { makeClass } from './class-fixtures.ts';

test('sessions run by day, then 上午, 下午, 晚上, whatever order the file writes them in', () => {
  const sessions = classSessions(makeClass());
  assert.deepEqual(
    sessions.map((session) => session.id),
    ['2027-04-13-am', '2027-04-13-evening', '2027-04-14-am', '2027-04-14-pm'],
  );
  // Where each came from in the file, for file:line.
  assert.deepEqual(
    sessions.map(({ dayIndex, sessionIndex }) => [dayIndex, sessionIndex]),
    [
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ],
  );
});

test("a session without a venue of its own is held at the class's venue", () => {
  const venues = classSessions(makeClass()).map((session) => session.venue);
  assert.deepEqual(venues, ['party-school', 'party-school', 'red-base', 'party-school']);
});

test('sessions group by day, and the modules come once each in teaching order', () => {
  const sessions = classSessions(makeClass());
  assert.deepEqual(
    sessionsByDay(sessions).map((day) => day.sessions.length),
    [2, 2],
  );
  assert.deepEqual(classModuleCodes(sessions), ['LL-001', 'XS-001', 'DX-005']);
});

test('two sessions in one half-day get distinct ids and share one half-day (one sign-in sheet)', () => {
  const trainingClass = makeClass({
    days: [
      {
        date: '2027-04-13',
        sessions: [
          { slot: 'pm', title: '第一组讨论' },
          { slot: 'pm', title: '第二组讨论' },
          { slot: 'am', title: '开班式' },
        ],
      },
    ],
  });
  const sessions = classSessions(trainingClass);
  assert.deepEqual(
    sessions.map((session) => session.id),
    ['2027-04-13-am', '2027-04-13-pm', '2027-04-13-pm-2'],
  );
  const halfDays = classHalfDays(sessions);
  assert.deepEqual(
    halfDays.map((halfDay) => [halfDay.id, halfDay.sessions.length]),
    [
      ['2027-04-13-am', 1],
      ['2027-04-13-pm', 2],
    ],
  );
});
