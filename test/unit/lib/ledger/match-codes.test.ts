import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCodesInText } from '../../../../src/lib/ledger/codes-in-text.ts';
import { matchCodes, type MatchContext } from '../../../../src/lib/ledger/match-codes.ts';
import { parseRoster } from '../../../../src/lib/ledger/roster.ts';
import { encodeCompletionCode } from '../../../../src/lib/progress/completion-code.ts';
import { encodeLegacyCode } from '../../../../src/lib/progress/legacy-code.ts';
import { personKey } from '../../../../src/lib/progress/person-key.ts';
import { GROUPS, makeCode, PATHS, TODAY, YEAR } from './ledger-fixtures.ts';

const roster = parseRoster(
  ['张三\t普通党员', '李四\t入党积极分子', '王五\t普通党员', '王五\t普通党员', '赵六\t普通党员\t0006'].join(
    '\n',
  ),
  GROUPS,
);
const context: MatchContext = { rows: roster.rows, paths: PATHS, today: TODAY, year: YEAR };
const run = (text: string, extra: Partial<MatchContext> = {}) =>
  matchCodes(findCodesInText(text), { ...context, ...extra });

test('a code is matched to its one row, with 学时 recomputed from the plan and the studied modules', () => {
  const { outcomes, codes } = run(makeCode('ordinary', '张三', { studied: 3 }));
  assert.equal(outcomes[0]!.kind, 'matched');
  assert.deepEqual(codes, [
    {
      rowId: 'r1',
      code: outcomes[0]!.found.code,
      date: '2027-05-01',
      groupId: 'ordinary',
      planVersion: GROUPS[0]!.planVersion,
      modules: [
        { code: 'LL-001', hours: 8 },
        { code: 'LL-002', hours: 8 },
        { code: 'LL-003', hours: 8 },
      ],
      hours: 24,
      ratings: {},
      survey: [],
    },
  ]);
});

test('each code that cannot be credited is listed with its reason, never merged', () => {
  const text = [
    makeCode('ordinary', '钱七'),
    makeCode('ordinary', '王五'),
    makeCode('ordinary', '李四'),
    makeCode('ordinary', '赵六'),
    makeCode('ordinary', '张三', { year: 2026 }),
    makeCode('ordinary', '张三', { date: '2027-07-01' }),
    makeCode('ordinary', '张三', { codes: ['LL-001', 'LL-009'] }),
    encodeLegacyCode({
      groupId: 'ordinary',
      pathCodes: ['LL-001'],
      studied: new Set(),
      hours: 0,
      planYear: 2027,
      date: TODAY,
    }),
    makeCode('ordinary', '张三').replace(/^(....-)(.)/, (_, head, ch) => head + (ch === 'A' ? 'B' : 'A')),
  ].join('\n');
  const { outcomes, codes } = run(text);
  assert.deepEqual(codes, []);
  assert.deepEqual(
    outcomes.map((o) => [o.kind, o.rows.map((r) => r.line)]),
    [
      ['unmatched', []],
      ['ambiguous', [3, 4]],
      ['other-group', [2]],
      ['unmatched', []],
      ['unverifiable', []],
      ['refused', [1]],
      ['unverifiable', []],
      ['unbound', []],
      ['damaged', []],
    ],
  );
  assert.match(outcomes[1]!.reason, /第 3 行 王五、第 4 行 王五的姓名和编号对应同一个识别码/);
  assert.match(outcomes[2]!.reason, /这是「普通党员」的完成码.*第 2 行 李四.*「入党积极分子」/);
  assert.match(outcomes[4]!.reason, /本站没有发布过2026年度学习计划/);
  assert.match(outcomes[5]!.reason, /晚于今天/);
  assert.match(outcomes[8]!.reason, /校验失败/);
});

test('a code for another published year is listed as another year', () => {
  const plan2026 = { ...PATHS.ordinary!.plans[0]!, year: 2026, version: '2026-X' };
  const paths = { ...PATHS, ordinary: { ...PATHS.ordinary!, plans: [...PATHS.ordinary!.plans, plan2026] } };
  const { outcomes } = run(makeCode('ordinary', '张三', { year: 2026, date: '2026-05-01' }), { paths });
  assert.equal(outcomes[0]!.kind, 'other-year');
  assert.match(outcomes[0]!.reason, /本台账是 2027 年度/);
});

test('the same member twice keeps the latest code, by date then by place, and says so', () => {
  const older = makeCode('ordinary', '张三', { studied: 1, date: '2027-03-01' });
  const newer = makeCode('ordinary', '张三', { studied: 2, date: '2027-04-01' });
  const sameDay = makeCode('ordinary', '张三', { studied: 3, date: '2027-04-01' });
  const { outcomes, codes } = run([newer, older, sameDay].join('\n'));
  assert.deepEqual(
    outcomes.map((o) => o.kind),
    ['superseded', 'superseded', 'matched'],
  );
  assert.match(outcomes[0]!.reason, /有更新的完成码（2027-04-01）/);
  assert.match(outcomes[2]!.reason, /替换了此人较早的完成码/);
  assert.equal(codes.length, 1);
  assert.equal(codes[0]!.hours, 24);
});

test('the ledger’s own code is kept against an older one and replaced by a newer one', () => {
  const held = run(makeCode('ordinary', '张三', { studied: 2, date: '2027-04-01' })).codes;
  const older = run(makeCode('ordinary', '张三', { studied: 1, date: '2027-03-01' }), { existing: held });
  assert.equal(older.outcomes[0]!.kind, 'superseded');
  assert.deepEqual(older.codes, held);
  const again = run(held[0]!.code, { existing: held });
  assert.equal(again.outcomes[0]!.kind, 'already');
  const newer = run(makeCode('ordinary', '张三', { studied: 4, date: '2027-05-20' }), { existing: held });
  assert.equal(newer.outcomes[0]!.kind, 'matched');
  assert.equal(newer.codes[0]!.hours, 32);
});

test('a member number on the roster must be in the code as well', () => {
  assert.equal(run(makeCode('ordinary', '赵六', { number: '0006' })).outcomes[0]!.kind, 'matched');
});

test('a code’s phone survey answer is kept with its topic ids, read against the page’s topic list', () => {
  const topics = ['theory', 'party-spirit', 'situation-policy'];
  const list = PATHS.ordinary!.plans[0]!.modules.map((m) => m.code);
  const code = encodeCompletionCode({
    groupId: 'ordinary',
    planYear: YEAR,
    pathCodes: list,
    studied: new Set(list.slice(0, 2)),
    person: personKey('张三'),
    date: new Date('2027-05-01T00:00:00Z'),
    survey: { topics, chosen: new Set(['theory', 'situation-policy']) },
  });
  const read = (ids: string[]) =>
    matchCodes(findCodesInText(code, ids), context).codes.map((c) => [c.rowId, c.survey]);
  assert.deepEqual(read(topics), [['r1', ['theory', 'situation-policy']]]);
  assert.deepEqual(read([]), [['r1', []]], 'a page that knows no topic credits the code all the same');
});
