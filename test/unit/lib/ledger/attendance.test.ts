import assert from 'node:assert/strict';
import { test } from 'node:test';
import { creditAttendance, setMarks, type Attendance } from '../../../../src/lib/ledger/attendance.ts';
import type { LedgerSession } from '../../../../src/lib/ledger/sessions.ts';

const session = (id: string, codes: string[], batches: string[] = []): LedgerSession => ({
  id,
  groupId: 'ordinary',
  kind: 'study',
  title: id,
  date: '2027-01-04',
  modules: codes.map((code) => ({ code, hours: 4 })),
  hours: codes.length * 4,
  batches: batches.map((label, i) => ({ id: `b${i + 1}`, label })),
});
const sessions = new Map(
  [
    session('ordinary/q1-study', ['LL-001', 'LL-002'], ['白班', '夜班']),
    session('ordinary/q1-discussion', ['LL-001', 'LL-002']),
    session('ordinary/m01', ['LL-003']),
  ].map((s) => [s.id, s]),
);

test('marks are set and cleared for many members at once, returning a new record', () => {
  const empty: Attendance = {};
  const marked = setMarks(empty, ['r1', 'r2'], 'ordinary/m01', 'present');
  assert.deepEqual(marked, { r1: { 'ordinary/m01': 'present' }, r2: { 'ordinary/m01': 'present' } });
  assert.deepEqual(empty, {});
  assert.deepEqual(setMarks(marked, ['r1'], 'ordinary/m01', undefined), {
    r2: { 'ordinary/m01': 'present' },
  });
});

test('出席 and 补学 credit a session’s modules once, however many sittings and sessions cover them', () => {
  const marks = {
    'ordinary/q1-study@b1': 'present',
    'ordinary/q1-study@b2': 'makeup',
    'ordinary/q1-discussion': 'present',
    'ordinary/m01': 'leave',
  } as const;
  const credit = creditAttendance(marks, sessions, 'ordinary');
  assert.deepEqual(credit.sessionIds, ['ordinary/q1-study', 'ordinary/q1-discussion']);
  assert.deepEqual([...credit.modules.keys()], ['LL-001', 'LL-002']);
  assert.equal(credit.hours, 8);
});

test('请假, 缺席, unknown sittings and another group’s sessions credit nothing', () => {
  const marks = { 'ordinary/m01': 'absent', 'ordinary/q9-study': 'present' } as const;
  assert.equal(creditAttendance(marks, sessions, 'ordinary').hours, 0);
  assert.equal(creditAttendance({ 'ordinary/m01': 'present' }, sessions, 'activist').hours, 0);
  assert.equal(creditAttendance(undefined, sessions, 'ordinary').hours, 0);
});
