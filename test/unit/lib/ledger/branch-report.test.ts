import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setMarks } from '../../../../src/lib/ledger/attendance.ts';
import { findCodesInText } from '../../../../src/lib/ledger/codes-in-text.ts';
import { changeLedger, createLedger, type Ledger } from '../../../../src/lib/ledger/ledger-state.ts';
import { matchCodes } from '../../../../src/lib/ledger/match-codes.ts';
import { canonicalJson } from '../../../../src/lib/ledger/report-digest.ts';
import {
  createReportFile,
  parseReportFile,
  reportFileName,
  serialiseReportFile,
} from '../../../../src/lib/ledger/report-file.ts';
import { parseRoster } from '../../../../src/lib/ledger/roster.ts';
import { createLedgerSessions, readBatches, withBatches } from '../../../../src/lib/ledger/sessions.ts';
import { ledgerReport } from '../../../../src/lib/ledger/totals.ts';
import { GROUPS, makeCode, PATHS, PLAN_MODULES, TODAY, YEAR } from './ledger-fixtures.ts';

const [ll1, ll2, ll3] = PLAN_MODULES.ordinary;
const { batches } = readBatches(['白班', '夜班']) as { batches: [] };
const sessions = [
  ...withBatches(
    createLedgerSessions('ordinary', [
      { id: 'q1-study', date: '2027-01-04', kind: 'study', title: '第一季度集中学习', modules: [ll1!, ll2!] },
    ]),
    batches,
  ),
  ...createLedgerSessions('ordinary', [
    { id: 'm02', date: '2027-02-04', kind: 'theme-day', title: '第 2 个月主题党日', modules: [ll3!] },
  ]),
];
const roster = parseRoster(
  '姓名\t党员类别\t党小组\n张三\t普通党员\t一组\n李四\t普通党员\t二组\n王五\t入党积极分子\t一组\n某某\t群众\t一组',
  GROUPS,
).rows;
const matched = matchCodes(
  findCodesInText(
    [makeCode('ordinary', '张三', { studied: 4 }), makeCode('activist', '王五', { studied: 1 })].join('\n'),
  ),
  { rows: roster, paths: PATHS, today: TODAY, year: YEAR },
).codes;
// Ratings as the codes carry them: 张三 rates LL-001 很满意 and LL-002 不满意, 王五 DX-001 满意.
const codes = matched.map((code) =>
  code.rowId === 'r1'
    ? { ...code, ratings: { 'LL-001': 1, 'LL-002': 4 } }
    : { ...code, ratings: { 'DX-001': 2 } },
);
let attendance = setMarks({}, ['r1'], 'ordinary/q1-study@b1', 'present');
attendance = setMarks(attendance, ['r1', 'r2'], 'ordinary/q1-study@b2', 'makeup');
attendance = setMarks(attendance, ['r2'], 'ordinary/m02', 'leave');
const ledger: Ledger = changeLedger(
  createLedger({ name: '第一党支部', company: '某集团', unit: '某分公司' }, YEAR, GROUPS),
  { roster, codes, sessions, attendance },
);
const now = new Date('2027-12-20T08:00:00Z');

test('the file carries counts, 人次 per sitting and 学时 that agree with the 上报表', async () => {
  const report = await createReportFile(ledger, { includeMembers: false, now });
  assert.equal(report.format, 'dangjian-branch-report');
  assert.equal(report.version, 1);
  assert.equal(report.createdAt, '2027-12-20T08:00:00.000Z');
  assert.deepEqual(report.branch, { name: '第一党支部', unit: '某分公司', company: '某集团' });
  const ordinary = report.groups.find((g) => g.id === 'ordinary')!;
  assert.deepEqual(
    [ordinary.members, ordinary.participants, ordinary.reached, ordinary.attendances],
    [2, 2, 1, 2],
  );
  assert.deepEqual(ordinary.hours, { concentrated: 32, selfStudy: 16, total: 48 });
  assert.equal(ordinary.planVersion, GROUPS[0]!.planVersion);
  // 张三 is marked at both batches: one 人次, at the first; 李四 at the second; 请假 credits none.
  assert.deepEqual(
    report.sittings.map((s) => [s.sessionId, s.batchId, s.attendances]),
    [
      ['ordinary/q1-study', 'b1', 1],
      ['ordinary/q1-study', 'b2', 1],
      ['ordinary/m02', undefined, 0],
    ],
  );
  const figures = ledgerReport(ledger);
  assert.equal(
    report.sittings.reduce((n, s) => n + s.attendances, 0),
    figures.overall.attendances,
  );
  assert.equal(report.hours.total, figures.overall.hours);
  assert.deepEqual(report.hours, { concentrated: 32, selfStudy: 20, total: 52 });
  assert.deepEqual(report.attendees, []);
  assert.deepEqual(
    report.groups.map((g) => [g.id, g.members]),
    [
      ['ordinary', 2],
      ['activist', 1],
      ['probationary', 0],
    ],
  );
});

test('no name reaches the file unless the secretary asks for the member list', async () => {
  const plain = serialiseReportFile(await createReportFile(ledger, { includeMembers: false, now }));
  for (const name of ['张三', '李四', '王五', '某某', '一组']) assert.ok(!plain.includes(name), name);
  assert.ok(!plain.includes('"members": ['));
  const named = await createReportFile(ledger, { includeMembers: true, now });
  assert.deepEqual(named.members, [
    {
      name: '张三',
      group: 'ordinary',
      team: '一组',
      concentrated: 16,
      selfStudy: 16,
      total: 32,
      reached: true,
    },
    {
      name: '李四',
      group: 'ordinary',
      team: '二组',
      concentrated: 16,
      selfStudy: 0,
      total: 16,
      reached: false,
    },
    {
      name: '王五',
      group: 'activist',
      team: '一组',
      concentrated: 0,
      selfStudy: 4,
      total: 4,
      reached: false,
    },
  ]);
});

test('ratings are counted per module and level, never per person', async () => {
  const report = await createReportFile(ledger, { includeMembers: false, now });
  assert.deepEqual(report.evaluations, [
    { module: 'DX-001', count: 1, levels: [0, 1, 0, 0] },
    { module: 'LL-001', count: 1, levels: [1, 0, 0, 0] },
    { module: 'LL-002', count: 1, levels: [0, 0, 0, 1] },
  ]);
  const rated = (rowId: string, ratings: Record<string, number>) => ({ ...codes[0]!, rowId, ratings });
  const many = changeLedger(ledger, {
    codes: [
      rated('r1', { 'LL-001': 1, 'LL-002': 3 }),
      rated('r2', { 'LL-001': 1, 'LL-003': 4 }),
      rated('r3', { 'LL-001': 2, 'LL-002': 3 }),
      rated('r4', {}),
    ],
  });
  assert.deepEqual((await createReportFile(many, { includeMembers: false, now })).evaluations, [
    { module: 'LL-001', count: 3, levels: [2, 1, 0, 0] },
    { module: 'LL-002', count: 2, levels: [0, 0, 2, 0] },
    { module: 'LL-003', count: 1, levels: [0, 0, 0, 1] },
  ]);
});

test('write then read gives the same report, with or without members', async () => {
  for (const includeMembers of [false, true]) {
    const report = await createReportFile(ledger, { includeMembers, now });
    const result = await parseReportFile(`\uFEFF${serialiseReportFile(report)}`);
    assert.deepEqual(result, { ok: true, report });
  }
  // Re-indented or reordered by another tool, the content is the same and still verifies.
  const report = await createReportFile(ledger, { includeMembers: false, now });
  const reordered = Object.fromEntries(Object.entries(report).reverse());
  assert.equal((await parseReportFile(JSON.stringify(reordered))).ok, true);
  assert.equal(canonicalJson({ b: 1, a: [{ d: 2, c: 'x' }] }), '{"a":[{"c":"x","d":2}],"b":1}');
});

test('a figure changed by hand is detected and the file refused', async () => {
  const text = serialiseReportFile(await createReportFile(ledger, { includeMembers: false, now }));
  const edited = text.replace('"reached": 1,', '"reached": 2,');
  assert.notEqual(edited, text);
  assert.deepEqual(await parseReportFile(edited), {
    ok: false,
    problems: ['文件内容与校验值不符，可能被手工改动过。请让支部从台账重新导出上报文件。'],
  });
  const report = JSON.parse(text);
  report.members = [];
  assert.equal((await parseReportFile(JSON.stringify(report))).ok, false);
});

test('foreign, damaged, newer and malformed files are refused with the reason', async () => {
  const text = serialiseReportFile(await createReportFile(ledger, { includeMembers: false, now }));
  const problems = async (input: string) => {
    const result = await parseReportFile(input);
    assert.equal(result.ok, false);
    return result.ok ? [] : result.problems;
  };
  assert.match((await problems(''))[0]!, /文件是空的/);
  assert.match((await problems(text.slice(0, 200)))[0]!, /不是完整的 JSON/);
  assert.match((await problems('{"format":"dangjian-ledger","version":1}'))[0]!, /这不是支部上报文件/);
  const newer = { ...JSON.parse(text), version: 2 };
  assert.match((await problems(JSON.stringify(newer)))[0]!, /更新版本.*版本 2/);
  const wrong = JSON.parse(text);
  wrong.groups[0].members = '两人';
  wrong.sittings[0].kind = 'party';
  delete wrong.hours.total;
  assert.deepEqual(await problems(JSON.stringify(wrong)), [
    '上报文件 groups[0].members：应为数字。',
    '上报文件 sittings[0].kind：只能是 "study"、"discussion"、"theme-day"。',
    '上报文件 hours.total：缺少这一项。',
  ]);
});

test('the file name says whose report and which year', () => {
  assert.equal(reportFileName(ledger), '支部上报文件-第一党支部-2027.json');
  assert.equal(
    reportFileName({ branch: { name: 'a/b:c', company: '', unit: '' }, year: 2027 }),
    '支部上报文件-a_b_c-2027.json',
  );
});
