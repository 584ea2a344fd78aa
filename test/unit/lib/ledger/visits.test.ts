import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLedgerSessions } from '../../../../src/lib/ledger/sessions.ts';
import {
  addVisit,
  checkVisit,
  discussionSessions,
  removeVisit,
  reportAttendees,
  visitFigures,
} from '../../../../src/lib/ledger/visits.ts';

const sessions = [
  ...createLedgerSessions('ordinary', [
    { id: 'q2-discussion', date: '2027-06-10', kind: 'discussion', title: '第二季度专题研讨', modules: [] },
    { id: 'q1-discussion', date: '2027-03-10', kind: 'discussion', title: '第一季度专题研讨', modules: [] },
    { id: 'q1-study', date: '2027-03-01', kind: 'study', title: '第一季度集中学习', modules: [] },
  ]),
];
const ledger = { sessions, year: 2027, visits: [] };
const visit = {
  sessionId: 'ordinary/q1-discussion',
  date: '2027-03-10',
  level: 'unit' as const,
  unit: '分公司党委',
  name: '钱委员',
};

test('a 列席 is recorded for a 专题研讨 or a date, and removed by id', () => {
  assert.deepEqual(
    discussionSessions(ledger).map((s) => s.id),
    ['ordinary/q1-discussion', 'ordinary/q2-discussion'],
  );
  const one = addVisit([], { ...visit, date: '2027-06-10', sessionId: 'ordinary/q2-discussion' });
  const two = addVisit(one, visit);
  assert.deepEqual(
    two.map((v) => [v.id, v.date]),
    [
      ['v2', '2027-03-10'],
      ['v1', '2027-06-10'],
    ],
  );
  assert.deepEqual(
    addVisit(removeVisit(two, 'v1'), visit).map((v) => v.id),
    ['v2', 'v3'],
  );
});

test('a 列席 is checked before it is recorded', () => {
  assert.deepEqual(checkVisit(visit, ledger), []);
  assert.deepEqual(checkVisit({ ...visit, sessionId: '', date: '2027-02-30x' }, ledger), [
    '列席日期不对，允许：年-月-日，例如 2027-04-15。',
  ]);
  assert.deepEqual(
    checkVisit({ ...visit, sessionId: 'ordinary/q1-study', date: '2026-12-01', unit: ' ' }, ledger),
    [
      '列席日期 2026-12-01 不在台账年度 2027 年内。',
      '列席的活动 ordinary/q1-study 不是本台账的专题研讨。',
      '请填写列席人所在单位，例如「某某公司党委」。',
    ],
  );
});

test('the report counts the branch once per level visited, and names only when asked', () => {
  const visits = addVisit(addVisit([], visit), { ...visit, sessionId: '', level: 'above', name: '' });
  const roster = [{ groupId: 'ordinary' }];
  assert.deepEqual(visitFigures({ sessions, visits, roster }), {
    discussions: 2,
    entries: 2,
    branchesVisited: { unit: 1, company: 0, above: 1 },
  });
  // A group with no member on the roster holds no discussion.
  assert.equal(visitFigures({ sessions, visits, roster: [{ groupId: 'activist' }] }).discussions, 0);
  assert.deepEqual(reportAttendees({ visits }, false), [
    { date: '2027-03-10', sessionId: 'ordinary/q1-discussion', level: 'unit', unit: '分公司党委' },
    { date: '2027-03-10', level: 'above', unit: '分公司党委' },
  ]);
  assert.equal(reportAttendees({ visits }, true)[0]!.name, '钱委员');
  assert.equal('name' in reportAttendees({ visits }, true)[1]!, false);
});
