import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeLedger, createLedger } from '../../../../src/lib/ledger/ledger-state.ts';
import { ledgerSubtotals, signInSheet } from '../../../../src/lib/ledger/print-sheets.ts';
import { parseRoster } from '../../../../src/lib/ledger/roster.ts';
import { createLedgerSessions, readBatches, withBatches } from '../../../../src/lib/ledger/sessions.ts';
import { setMarks } from '../../../../src/lib/ledger/attendance.ts';
import { memberTotals } from '../../../../src/lib/ledger/totals.ts';
import { GROUPS, PLAN_MODULES, YEAR } from './ledger-fixtures.ts';

const [ll1, ll2] = PLAN_MODULES.ordinary;
const ordinary = createLedgerSessions('ordinary', [
  { id: 'q1-study', date: '2027-01-04', kind: 'study', title: '第一季度集中学习', modules: [ll1!, ll2!] },
  { id: 'm02', date: '2027-02-04', kind: 'theme-day', title: '第 2 个月主题党日', modules: [ll1!] },
]);
const shifts = readBatches(['白班', '夜班']);
const counted = readBatches(2);
assert.ok('batches' in shifts && 'batches' in counted);
const sessions = [
  ...withBatches(ordinary, shifts.batches, (s) => s.id === 'ordinary/q1-study'),
  ...withBatches(
    createLedgerSessions('activist', [
      { id: 'q1-study', date: '2027-01-04', kind: 'study', title: '第一季度集中学习', modules: [] },
    ]),
    counted.batches,
  ),
];
const roster = parseRoster(
  [
    '姓名\t党员类别\t党小组',
    '张三\t普通党员\t白班',
    '李四\t普通党员\t夜班',
    '王五\t入党积极分子\t一组',
    '赵六\t普通党员\t',
    '钱七\t入党积极分子\t二组',
  ].join('\n'),
  GROUPS,
).rows;
const ledger = changeLedger(createLedger({ name: '一支部', company: '', unit: '' }, YEAR, GROUPS), {
  roster,
  sessions,
  attendance: setMarks({}, ['r1', 'r2'], 'ordinary/q1-study@b1', 'present'),
});
const names = (sittingId: string) => signInSheet(ledger, sittingId)?.rows.map((row) => row.name);

test("a session's sign-in sheet lists every member of its group, in roster order", () => {
  const sheet = signInSheet(ledger, 'ordinary/m02');
  assert.equal(sheet?.kindLabel, '主题党日');
  assert.equal(sheet?.groupName, '普通党员');
  assert.deepEqual(names('ordinary/m02'), ['张三', '李四', '赵六']);
});

test("a batch's sheet lists the members its 党小组/批次 names, or the whole group when none is assigned", () => {
  assert.deepEqual(names('ordinary/q1-study@b1'), ['张三']);
  assert.deepEqual(names('ordinary/q1-study@b2'), ['李四']);
  assert.equal(signInSheet(ledger, 'ordinary/q1-study@b2')?.sitting.label, '第一季度集中学习（夜班）');
  assert.deepEqual(names('activist/q1-study@b2'), ['王五', '钱七']);
});

test('a sitting the ledger does not have gives no sheet', () => {
  assert.equal(signInSheet(ledger, 'ordinary/q9-study'), undefined);
  assert.equal(signInSheet(ledger, 'ordinary/q1-study'), undefined);
  assert.equal(signInSheet(ledger, 'ordinary/m02@b1'), undefined);
});

test('the subtotals add up the members by 党员类别, by 党小组 and for the whole branch', () => {
  const { groups, teams, overall } = ledgerSubtotals(ledger, memberTotals(ledger).members);
  assert.deepEqual(
    groups.map((l) => [l.label, l.members, l.collective, l.self, l.total, l.met]),
    [
      ['普通党员', 3, 32, 0, 32, 0],
      ['入党积极分子', 2, 0, 0, 0, 0],
    ],
  );
  assert.deepEqual(
    teams.map((l) => [l.label, l.members]),
    [
      ['白班', 1],
      ['夜班', 1],
      ['一组', 1],
      ['二组', 1],
      ['未分组', 1],
    ],
  );
  assert.deepEqual([overall.label, overall.members, overall.total], ['全支部', 5, 32]);
});
