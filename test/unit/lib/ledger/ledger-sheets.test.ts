import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setMarks } from '../../../../src/lib/ledger/attendance.ts';
import { changeLedger, createLedger } from '../../../../src/lib/ledger/ledger-state.ts';
import { exportFileName, ledgerSheets } from '../../../../src/lib/ledger/ledger-sheets.ts';
import { parseRoster } from '../../../../src/lib/ledger/roster.ts';
import { createLedgerSessions, withBatches } from '../../../../src/lib/ledger/sessions.ts';
import { GROUPS, PLAN_MODULES, YEAR } from './ledger-fixtures.ts';

const [ll1, ll2] = PLAN_MODULES.ordinary;
const sessions = withBatches(
  createLedgerSessions('ordinary', [
    { id: 'q1-study', date: '2027-01-04', kind: 'study', title: '第一季度集中学习', modules: [ll1!, ll2!] },
    { id: 'm02', date: '2027-02-04', kind: 'theme-day', title: '第 2 个月主题党日', modules: [ll1!] },
  ]),
  [
    { id: 'b1', label: '白班' },
    { id: 'b2', label: '夜班' },
  ],
  (session) => session.id === 'ordinary/m02',
);
const roster = parseRoster(
  [
    '姓名\t党员类别\t编号\t党小组',
    '张三\t普通党员\tA1\t一组',
    '李四\t普通党员\t\t',
    '王五\t入党积极分子\t\t一组',
  ].join('\n'),
  GROUPS,
).rows;
let attendance = setMarks({}, ['r1', 'r2'], 'ordinary/q1-study', 'present');
attendance = setMarks(attendance, ['r2'], 'ordinary/m02@b2', 'leave');
const ledger = changeLedger(createLedger({ name: '一支部', company: '集团', unit: '单位' }, YEAR, GROUPS), {
  roster,
  sessions,
  attendance,
});

test('the workbook has the four sheets, and 学时台账 lists every member with the totals', () => {
  const [members, unfinished, report, marks] = ledgerSheets(ledger);
  assert.deepEqual(
    [members, unfinished, report, marks].map((sheet) => sheet!.name),
    ['学时台账', '未完成', '按类别汇总', '签到记录'],
  );
  assert.deepEqual(
    members!.columns.map((c) => c.header),
    ['序号', '姓名', '编号', '党员类别', '党小组', '集中学时', '自学学时', '合计', '要求', '还差', '达标'],
  );
  assert.deepEqual(members!.rows, [
    [2, '张三', 'A1', '普通党员', '一组', 16, 0, 16, 32, 16, '未达标'],
    [3, '李四', '', '普通党员', '', 16, 0, 16, 32, 16, '未达标'],
    [4, '王五', '', '入党积极分子', '一组', 0, 0, 0, 16, 16, '未达标'],
  ]);
  assert.deepEqual(unfinished!.rows, members!.rows);
});

test('按类别汇总 holds the branch, each group and each 党小组; 签到记录 one line per mark, batches named', () => {
  const [, , report, marks] = ledgerSheets(ledger);
  assert.deepEqual(report!.rows, [
    ['全支部', '合计', 3, 2, 2, 32, 10.67, 0, '0.0%'],
    ['党员类别', '普通党员', 2, 2, 2, 32, 16, 0, '0.0%'],
    ['党员类别', '入党积极分子', 1, 0, 0, 0, 0, 0, '0.0%'],
    ['党小组', '一组', 2, 1, 1, 16, 8, 0, '0.0%'],
    ['党小组', '未分组', 1, 1, 1, 16, 16, 0, '0.0%'],
  ]);
  assert.deepEqual(marks!.rows, [
    ['2027-01-04', '第一季度集中学习', '集中学习', 16, 2, '张三', 'A1', '出席'],
    ['2027-01-04', '第一季度集中学习', '集中学习', 16, 3, '李四', '', '出席'],
    ['2027-02-04', '第 2 个月主题党日（夜班）', '主题党日', 8, 3, '李四', '', '请假'],
  ]);
});

test('a member who has met the requirement is 达标 and leaves the 未完成 sheet', () => {
  const done = {
    ...ledger,
    groups: { ...ledger.groups, ordinary: { ...ledger.groups.ordinary!, requiredHours: 16 } },
  };
  const [members, unfinished, report] = ledgerSheets(done);
  assert.equal(members!.rows[0]![10], '达标');
  assert.deepEqual(
    unfinished!.rows.map((row) => row[1]),
    ['王五'],
  );
  assert.equal(report!.rows[0]![8], '66.7%');
});

test('the file name carries the branch and the year, without characters a file system refuses', () => {
  assert.equal(exportFileName(ledger, 'xlsx'), '支部学习台账-一支部-2027.xlsx');
  assert.equal(
    exportFileName({ branch: { name: '一/二:支部', company: '', unit: '' }, year: 2027 }, 'csv'),
    '支部学习台账-一_二_支部-2027.csv',
  );
});
