import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setMarks } from '../../../../src/lib/ledger/attendance.ts';
import { findCodesInText } from '../../../../src/lib/ledger/codes-in-text.ts';
import { changeLedger, createLedger } from '../../../../src/lib/ledger/ledger-state.ts';
import { matchCodes } from '../../../../src/lib/ledger/match-codes.ts';
import { parseRoster } from '../../../../src/lib/ledger/roster.ts';
import { createLedgerSessions } from '../../../../src/lib/ledger/sessions.ts';
import { ledgerReport, memberTotals, unfinished } from '../../../../src/lib/ledger/totals.ts';
import { GROUPS, makeCode, PATHS, PLAN_MODULES, TODAY, YEAR } from './ledger-fixtures.ts';

const [ll1, ll2, ll3] = PLAN_MODULES.ordinary;
const sessions = [
  ...createLedgerSessions('ordinary', [
    { id: 'q1-study', date: '2027-01-04', kind: 'study', title: '第一季度集中学习', modules: [ll1!, ll2!] },
    {
      id: 'q1-discussion',
      date: '2027-01-18',
      kind: 'discussion',
      title: '第一季度专题研讨',
      modules: [ll1!, ll2!],
    },
    { id: 'm02', date: '2027-02-04', kind: 'theme-day', title: '第 2 个月主题党日', modules: [ll3!] },
  ]),
  ...createLedgerSessions('activist', [
    {
      id: 'q1-study',
      date: '2027-01-04',
      kind: 'study',
      title: '第一季度集中学习',
      modules: PLAN_MODULES.activist.slice(0, 2),
    },
  ]),
];
const roster = parseRoster(
  [
    '姓名\t党员类别\t党小组',
    '张三\t普通党员\t一组',
    '李四\t普通党员\t二组',
    '王五\t入党积极分子\t一组',
    '赵六\t普通党员\t',
    '某某\t群众\t一组',
  ].join('\n'),
  GROUPS,
).rows;
const codes = matchCodes(
  findCodesInText(
    [makeCode('ordinary', '张三', { studied: 3 }), makeCode('activist', '王五', { studied: 4 })].join('\n'),
  ),
  {
    rows: roster,
    paths: PATHS,
    today: TODAY,
    year: YEAR,
  },
).codes;
let attendance = setMarks({}, ['r1', 'r2'], 'ordinary/q1-study', 'present');
attendance = setMarks(attendance, ['r1'], 'ordinary/q1-discussion', 'present');
attendance = setMarks(attendance, ['r2'], 'ordinary/m02', 'leave');
const ledger = changeLedger(
  createLedger({ name: '一支部', company: '集团', unit: '二级单位' }, YEAR, GROUPS),
  {
    roster,
    codes,
    sessions,
    attendance,
  },
);

test('集中 and 自学 学时 are kept apart and a module is never counted twice', () => {
  const totals = memberTotals(ledger);
  assert.deepEqual(
    totals.members.map((m) => [
      m.row.name,
      m.required,
      m.collective,
      m.self,
      m.total,
      m.missing,
      m.met,
      m.sessions,
    ]),
    [
      ['张三', 32, 16, 8, 24, 8, false, 2],
      ['李四', 32, 16, 0, 16, 16, false, 1],
      ['王五', 16, 0, 16, 16, 0, true, 0],
      ['赵六', 32, 0, 0, 0, 32, false, 0],
    ],
  );
  assert.deepEqual(
    totals.unassigned.map((r) => r.name),
    ['某某'],
  );
  assert.deepEqual(
    unfinished(totals).map((m) => m.row.name),
    ['张三', '李四', '赵六'],
  );
});

test('ticking a session raises each member’s 集中学时 by exactly that session’s 学时', () => {
  const before = memberTotals(ledger).members;
  const ticked = { ...ledger, attendance: setMarks(ledger.attendance, ['r4'], 'ordinary/m02', 'makeup') };
  const after = memberTotals(ticked).members;
  assert.equal(after[3]!.collective - before[3]!.collective, sessions[2]!.hours);
});

test('the 上报表 by branch, group and 党小组 follows the documented definitions', () => {
  const report = ledgerReport(ledger);
  assert.deepEqual(report.overall, {
    key: '',
    label: '合计',
    members: 4,
    participants: 3,
    attendances: 3,
    hours: 56,
    average: 14,
    met: 1,
    rate: 0.25,
  });
  assert.deepEqual(
    report.byGroup.map((l) => [l.label, l.members, l.hours, l.met]),
    [
      ['普通党员', 3, 40, 0],
      ['入党积极分子', 1, 16, 1],
    ],
  );
  assert.deepEqual(
    report.byTeam.map((l) => [l.label, l.members, l.attendances]),
    [
      ['一组', 2, 2],
      ['二组', 1, 1],
      ['未分组', 1, 0],
    ],
  );
});
