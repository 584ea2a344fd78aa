import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBackup, serialiseBackup } from '../../../../src/lib/ledger/backup.ts';
import { setMarks } from '../../../../src/lib/ledger/attendance.ts';
import { findCodesInText } from '../../../../src/lib/ledger/codes-in-text.ts';
import { changeLedger, createLedger, type Ledger } from '../../../../src/lib/ledger/ledger-state.ts';
import { matchCodes } from '../../../../src/lib/ledger/match-codes.ts';
import { parseRoster } from '../../../../src/lib/ledger/roster.ts';
import { createLedgerSessions, readBatches, withBatches } from '../../../../src/lib/ledger/sessions.ts';
import { emptyModuleEvaluation } from '../../../../src/lib/evaluation/module-evaluation.ts';
import { GROUPS, makeCode, PATHS, PLAN_MODULES, TODAY, YEAR } from './ledger-fixtures.ts';

const roster = parseRoster('张三\t普通党员\t0001\t一组\n李四\t某类别', GROUPS).rows;
const { batches } = readBatches(['白班', '夜班']) as { batches: [] };
const sessions = withBatches(
  createLedgerSessions('ordinary', [
    {
      id: 'q1-study',
      date: '2027-01-04',
      kind: 'study',
      title: '第一季度集中学习',
      modules: PLAN_MODULES.ordinary,
    },
  ]),
  batches,
);
const codes = matchCodes(findCodesInText(makeCode('ordinary', '张三', { number: '0001', studied: 2 })), {
  rows: roster,
  paths: PATHS,
  today: TODAY,
  year: YEAR,
}).codes;
const ledger: Ledger = changeLedger(
  createLedger({ name: '第一党支部', company: '某集团', unit: '某分公司' }, YEAR, GROUPS),
  { roster, codes, sessions, attendance: setMarks({}, ['r1'], 'ordinary/q1-study@b2', 'makeup') },
  new Date('2027-06-01T08:00:00Z'),
);

test('serialise then parse gives an equal ledger', () => {
  const text = serialiseBackup(ledger, new Date('2027-06-02T00:00:00Z'));
  assert.match(text, /^\{"format":"dangjian-ledger","version":2,"exportedAt":"2027-06-02T00:00:00.000Z"/);
  const parsed = parseBackup(text);
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.ledger, ledger);
  assert.equal(codes.length, 1);
});

test('a damaged, foreign or future-version file is refused with a Chinese reason', () => {
  const text = serialiseBackup(ledger);
  const cases: [string, RegExp][] = [
    ['', /文件是空的/],
    [text.slice(0, text.length / 2), /不是完整的 JSON/],
    ['{"type":"excalidraw","version":2}', /不是支部学习台账的备份文件/],
    ['[1,2]', /不是支部学习台账的备份文件/],
    [text.replace('"version":2', '"version":3'), /更新版本的台账生成（版本 3）.*请刷新页面/],
    [text.replace('"version":2', '"version":"2"'), /版本号不对/],
  ];
  for (const [input, reason] of cases) {
    const result = parseBackup(input);
    assert.equal(result.ok, false);
    assert.match((result as { problems: string[] }).problems.join(''), reason);
  }
});

test('every field problem is listed, with where it is in the file', () => {
  const data = JSON.parse(serialiseBackup(ledger));
  data.ledger.year = '2027';
  data.ledger.roster[0].name = 7;
  delete data.ledger.branch.unit;
  data.ledger.attendance.r1['ordinary/q1-study@b2'] = 'late';
  data.ledger.extra = true;
  const result = parseBackup(JSON.stringify(data));
  assert.equal(result.ok, false);
  assert.deepEqual((result as { problems: string[] }).problems.sort(), [
    '备份文件 ledger.attendance.r1.ordinary/q1-study@b2：只能是 "present"、"leave"、"makeup"、"absent"。',
    '备份文件 ledger.branch.unit：缺少这一项。',
    '备份文件 ledger.roster[0].name：应为文字。',
    '备份文件 ledger.year：应为数字。',
    '备份文件 ledger：有台账不认识的项：extra。',
  ]);
});

test('references that point at nothing are refused', () => {
  const broken: Ledger = {
    ...ledger,
    codes: [...ledger.codes, { ...ledger.codes[0]!, rowId: 'r9' }],
    attendance: { ...ledger.attendance, r1: { 'ordinary/q1-study': 'present' }, r7: {} },
  };
  const result = parseBackup(serialiseBackup(broken));
  assert.deepEqual((result as { problems: string[] }).problems, [
    '备份文件中完成码 ' + ledger.codes[0]!.code + ' 对应的名单行 r9 不存在。',
    '备份文件中签到记录对应的活动 ordinary/q1-study 不存在。',
    '备份文件中签到记录对应的名单行 r7 不存在。',
  ]);
});

test('a version 1 backup (issue 17) loads with no 列席, cards or survey', () => {
  const v1 = JSON.parse(serialiseBackup(ledger));
  v1.version = 1;
  for (const key of ['visits', 'cards', 'survey']) delete v1.ledger[key];
  for (const code of v1.ledger.codes) delete code.survey;
  const parsed = parseBackup(JSON.stringify(v1));
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.ledger, ledger);
  assert.deepEqual([parsed.ledger.visits, parsed.ledger.cards], [[], []]);
  // A version 1 file with version 2's fields is not a version 1 file.
  v1.ledger.visits = [];
  assert.match((parseBackup(JSON.stringify(v1)) as { problems: string[] }).problems.join(''), /visits/);
});

test('列席, card tallies and the survey round-trip, and impossible ones are refused', () => {
  const card = {
    ...emptyModuleEvaluation('LL-001'),
    cards: 3,
    levels: [1, 1, 1, 0] as [number, number, number, number],
  };
  const visit = {
    id: 'v1',
    sessionId: '',
    date: '2027-04-01',
    level: 'unit' as const,
    unit: '分公司党委',
    name: '',
  };
  const full: Ledger = {
    ...ledger,
    visits: [visit],
    cards: [card],
    survey: { respondents: 4, topics: [{ topic: 'theory', count: 4 }] },
  };
  const parsed = parseBackup(serialiseBackup(full));
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.ledger, full);
  const broken: Ledger = {
    ...full,
    visits: [visit, { ...visit, sessionId: 'ordinary/q1-study' }],
    cards: [{ ...card, levels: [3, 1, 0, 0] }],
    survey: { respondents: 4, topics: [{ topic: 'theory', count: 5 }] },
  };
  assert.deepEqual((parseBackup(serialiseBackup(broken)) as { problems: string[] }).problems, [
    '备份文件中列席记录 v1 重复。',
    '备份文件中列席记录 v1 对应的专题研讨 ordinary/q1-study 不存在。',
    '备份文件中评估卡统计 LL-001：「总体评价」四档合计 4 张，多于评估卡 3 张；每张卡每一项只能选一档。',
    '备份文件中调研专题 theory 选了 5 人，多于填表人数 4 人。',
  ]);
});
