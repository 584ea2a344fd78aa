import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeBatches } from '../../../../../src/browser/ledger/attendance/batches.ts';
import { setMarks } from '../../../../../src/lib/ledger/attendance.ts';
import { createLedger } from '../../../../../src/lib/ledger/ledger-state.ts';
import { createLedgerSessions, sittingsOf } from '../../../../../src/lib/ledger/sessions.ts';
import { GROUPS, PLAN_MODULES, YEAR } from '../../../lib/ledger/ledger-fixtures.ts';

const ledger = {
  ...createLedger({ name: '一支部', company: '', unit: '' }, YEAR, GROUPS),
  sessions: createLedgerSessions('ordinary', [
    {
      id: 'q1-study',
      date: '2027-01-04',
      kind: 'study',
      title: '第一季度集中学习',
      modules: PLAN_MODULES.ordinary,
    },
    {
      id: 'm02',
      date: '2027-02-04',
      kind: 'theme-day',
      title: '第 2 个月主题党日',
      modules: PLAN_MODULES.ordinary,
    },
  ]),
};

test('a session without marks is split into batches, and only that session', () => {
  const change = changeBatches(ledger, 'ordinary/m02', 3);
  assert.ok('sessions' in change);
  assert.deepEqual(
    change.sessions.map((session) => sittingsOf(session).map((s) => s.id)),
    [['ordinary/q1-study'], ['ordinary/m02@b1', 'ordinary/m02@b2', 'ordinary/m02@b3']],
  );
  assert.equal(change.done, '已分为 3 批，每批单独签到。');
});

test('a split that would orphan marks already written is refused, a split that keeps them is not', () => {
  const marked = { ...ledger, attendance: setMarks({}, ['r1'], 'ordinary/m02', 'present') };
  const refused = changeBatches(marked, 'ordinary/m02', 2);
  assert.ok('problem' in refused && refused.problem.includes('已经有签到记录'));

  const split = changeBatches(ledger, 'ordinary/m02', 3);
  assert.ok('sessions' in split);
  const inBatches = {
    ...ledger,
    sessions: split.sessions,
    attendance: setMarks({}, ['r1'], 'ordinary/m02@b2', 'leave'),
  };
  assert.ok('sessions' in changeBatches(inBatches, 'ordinary/m02', 2));
  assert.ok('problem' in changeBatches(inBatches, 'ordinary/m02', 1));
});

test('a count out of range is refused with what is allowed', () => {
  const change = changeBatches(ledger, 'ordinary/m02', 13);
  assert.ok('problem' in change && change.problem.includes('允许'));
});
