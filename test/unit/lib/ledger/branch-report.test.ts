import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setMarks } from '../../../../src/lib/ledger/attendance.ts';
import { findCodesInText } from '../../../../src/lib/ledger/codes-in-text.ts';
import { changeLedger, createLedger, type Ledger } from '../../../../src/lib/ledger/ledger-state.ts';
import { matchCodes } from '../../../../src/lib/ledger/match-codes.ts';
import { createBranchReport, reportBlocker } from '../../../../src/lib/ledger/branch-report.ts';
import { setCardTally } from '../../../../src/lib/ledger/cards.ts';
import { addVisit } from '../../../../src/lib/ledger/visits.ts';
import { emptyModuleEvaluation } from '../../../../src/lib/evaluation/module-evaluation.ts';
import {
  parseReportFile,
  reportFileName,
  serialiseReportFile,
} from '../../../../src/lib/reports/report-file.ts';
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
    {
      id: 'q1-discussion',
      date: '2027-03-04',
      kind: 'discussion',
      title: '第一季度专题研讨',
      modules: [ll1!],
    },
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
// Ratings and survey answers as the codes carry them: 张三 rates LL-001 很满意 and LL-002 不满意
// and wants theory; 王五 rates DX-001 满意 and answered no survey.
const codes = matched.map((code) =>
  code.rowId === 'r1'
    ? { ...code, ratings: { 'LL-001': 1, 'LL-002': 4 }, survey: ['theory'] }
    : { ...code, ratings: { 'DX-001': 2 } },
);
// Ten paper cards for LL-001: 6 很满意, 3 满意, 1 不满意; theory 好 5, 较好 4, 差 1.
const card = emptyModuleEvaluation('LL-001');
card.cards = 10;
card.levels = [6, 3, 0, 1];
card.indicators.theory = [5, 4, 0, 1];
const visits = addVisit([], {
  sessionId: 'ordinary/q1-discussion',
  date: '2027-03-04',
  level: 'company',
  unit: '集团党委组织部',
  name: '赵书记',
});
let attendance = setMarks({}, ['r1'], 'ordinary/q1-study@b1', 'present');
attendance = setMarks(attendance, ['r1', 'r2'], 'ordinary/q1-study@b2', 'makeup');
attendance = setMarks(attendance, ['r2'], 'ordinary/m02', 'leave');
const ledger: Ledger = changeLedger(
  createLedger({ name: '第一党支部', company: '某集团', unit: '某分公司' }, YEAR, GROUPS),
  {
    roster,
    codes,
    sessions,
    attendance,
    visits,
    cards: setCardTally([], card),
    survey: {
      respondents: 8,
      topics: [
        { topic: 'party-spirit', count: 5 },
        { topic: 'theory', count: 3 },
      ],
    },
  },
);
const now = new Date('2027-12-20T08:00:00Z');

test('the v2 branch file carries counts, 人次 per sitting and 学时 that agree with the 上报表', async () => {
  const report = await createBranchReport(ledger, { includeMembers: false, now });
  assert.equal(report.format, 'dangjian-branch-report');
  assert.equal(report.version, 2);
  assert.equal(report.level, 'branch');
  assert.equal(report.createdAt, '2027-12-20T08:00:00.000Z');
  const place = { company: '某集团', unit: '某分公司', branch: '第一党支部' };
  assert.deepEqual([report.place, report.reported, report.missing], [place, [place], []]);
  const { figures } = report;
  assert.equal(figures.branches, 1);
  const ordinary = figures.groups.find((g) => g.id === 'ordinary')!;
  assert.deepEqual(
    [ordinary.members, ordinary.participants, ordinary.reached, ordinary.attendances],
    [2, 2, 1, 2],
  );
  assert.deepEqual(ordinary.hours, { concentrated: 32, selfStudy: 16, total: 48 });
  assert.deepEqual(ordinary.planVersions, [{ version: GROUPS[0]!.planVersion, branches: 1 }]);
  // 张三 is marked at both batches: one 人次, at the first; 李四 at the second; 请假 credits none.
  assert.deepEqual(
    report.sittings!.map((s) => [s.sessionId, s.batchId, s.attendances]),
    [
      ['ordinary/q1-study', 'b1', 1],
      ['ordinary/q1-study', 'b2', 1],
      ['ordinary/m02', undefined, 0],
      ['ordinary/q1-discussion', undefined, 0],
    ],
  );
  const screen = ledgerReport(ledger);
  assert.equal(
    report.sittings!.reduce((n, s) => n + s.attendances, 0),
    screen.overall.attendances,
  );
  assert.equal(figures.hours.total, screen.overall.hours);
  assert.deepEqual(figures.hours, { concentrated: 32, selfStudy: 20, total: 52 });
  assert.deepEqual(
    figures.groups.map((g) => [g.id, g.members]),
    [
      ['ordinary', 2],
      ['activist', 1],
      ['probationary', 0],
    ],
  );
});

test('列席, evaluations and the survey: phone and paper added, counted, never per person', async () => {
  const report = await createBranchReport(ledger, { includeMembers: false, now });
  assert.deepEqual(report.figures.visits, {
    discussions: 1,
    entries: 1,
    branchesVisited: { unit: 0, company: 1, above: 0 },
  });
  assert.deepEqual(report.attendees, [
    { date: '2027-03-04', sessionId: 'ordinary/q1-discussion', level: 'company', unit: '集团党委组织部' },
  ]);
  assert.deepEqual(
    report.figures.evaluations.map((e) => [e.module, e.levels, e.cards, e.indicators.theory]),
    [
      ['DX-001', [0, 1, 0, 0], 0, [0, 0, 0, 0]],
      ['LL-001', [7, 3, 0, 1], 10, [5, 4, 0, 1]],
      ['LL-002', [0, 0, 0, 1], 0, [0, 0, 0, 0]],
    ],
  );
  // The paper forms' 8 respondents and 张三's phone answer; 王五 answered none.
  assert.deepEqual(report.figures.survey, {
    respondents: 9,
    topics: [
      { topic: 'party-spirit', count: 5 },
      { topic: 'theory', count: 4 },
    ],
  });
});

test('no name reaches the file unless the secretary asks for the member list', async () => {
  const plain = serialiseReportFile(await createBranchReport(ledger, { includeMembers: false, now }));
  for (const name of ['张三', '李四', '王五', '某某', '一组', '赵书记'])
    assert.ok(!plain.includes(name), name);
  assert.ok(!plain.includes('"members": ['));
  const named = await createBranchReport(ledger, { includeMembers: true, now });
  assert.equal(named.attendees![0]!.name, '赵书记');
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

test('a v2 branch file parses back as written, with or without members', async () => {
  for (const includeMembers of [false, true]) {
    const { integrity, ...content } = await createBranchReport(ledger, { includeMembers, now });
    const result = await parseReportFile(`\uFEFF${serialiseReportFile({ ...content, integrity })}`);
    assert.deepEqual(result, { ok: true, report: content, digest: integrity.digest });
  }
});

test('a figure changed by hand is detected and the file refused', async () => {
  const text = serialiseReportFile(await createBranchReport(ledger, { includeMembers: false, now }));
  const edited = text.replace('"respondents": 9', '"respondents": 90');
  assert.notEqual(edited, text);
  const result = await parseReportFile(edited);
  assert.equal(result.ok, false);
  assert.match((result as { problems: string[] }).problems.join(''), /手工改动/);
});

test('the file name says whose report and which year', async () => {
  assert.equal(
    reportFileName(await createBranchReport(ledger, { includeMembers: false, now })),
    '支部上报文件-第一党支部-2027.json',
  );
});

test('a report waits for the branch’s 二级单位 and 集团, which the organizer files it under', () => {
  assert.equal(reportBlocker(ledger), undefined);
  const blank = { branch: { name: '一支部', unit: ' ', company: '' } };
  assert.equal(
    reportBlocker(blank),
    '上级按集团和二级单位汇总上报文件：请先在「单位与年度」中填写二级单位和集团，再导出上报文件。',
  );
  assert.equal(
    reportBlocker({ branch: { name: '', unit: 'a', company: 'b' } }),
    '请先在「单位与年度」中填写支部名称。',
  );
});
