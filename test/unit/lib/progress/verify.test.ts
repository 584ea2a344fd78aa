import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBase32, encodeBase32 } from '../../../../src/lib/progress/base32.ts';
import { crc16, pathFingerprint } from '../../../../src/lib/plans/checksums.ts';
import {
  decodeCompletionCode,
  encodeCompletionCode,
  type DecodedFields,
} from '../../../../src/lib/progress/completion-code.ts';
import { encodeLegacyCode } from '../../../../src/lib/progress/legacy-code.ts';
import { personKey } from '../../../../src/lib/progress/person-key.ts';
import {
  describeFailure,
  findGroup,
  verifyCode,
  type PublishedPath,
  type Verdict,
} from '../../../../src/lib/progress/verify.ts';

const modules = [
  { code: 'ZS-004', title: '“三会一课”的组织、签到与记录', hours: 3 },
  { code: 'ZS-005', title: '支部委员会换届选举', hours: 4 },
  { code: 'ZS-009', title: '党建沙盘推演', hours: 4 },
];
const codes = modules.map((m) => m.code);
const plan = (year: number | undefined, list: typeof modules, version: string) => ({
  version,
  year,
  fingerprint: pathFingerprint(list.map((m) => m.code)),
  modules: list,
});
const legacy = plan(undefined, modules, 'path-1');
const plan2026 = plan(2026, modules.slice(0, 2), '2026-0A1B');
const plan2027 = plan(2027, modules, '2027-0C2D');
const secretaries: PublishedPath = {
  groupId: 'branch-secretary',
  groupName: '党支部书记',
  current: plan2027.version,
  plans: [plan2027, plan2026, legacy],
};
const ordinary: PublishedPath = {
  groupId: 'ordinary',
  groupName: '普通党员',
  current: '2027-0000',
  plans: [plan(2027, modules.slice(2), '2027-0000')],
};
const paths = { 'branch-secretary': secretaries, ordinary };
const today = new Date('2027-06-01T00:00:00Z');
const made = new Date('2027-05-10T00:00:00Z');
const person = personKey('张三', '0123');

const current = (over: Partial<Parameters<typeof encodeCompletionCode>[0]> = {}) =>
  encodeCompletionCode({
    groupId: 'branch-secretary',
    planYear: 2027,
    pathCodes: codes,
    studied: new Set(['ZS-004', 'ZS-009']),
    person,
    date: made,
    ...over,
  });

function decode(code: string): DecodedFields {
  const decoded = decodeCompletionCode(code);
  assert.ok(decoded.ok, code);
  return decoded;
}

/** Changes a code's bytes and writes a fresh CRC: a forgery that passes the checksum. */
function reforge(code: string, change: (bytes: number[]) => void): string {
  const bytes = [...decodeBase32(code.replace(/-/g, ''))!].slice(0, -2);
  change(bytes);
  const crc = crc16(Uint8Array.from(bytes));
  return encodeBase32(Uint8Array.from([...bytes, crc >> 8, crc & 0xff]));
}

const verify = (code: string, context = {}) => verifyCode(decode(code), paths, today, context);
const reasonCodes = (verdict: Verdict) => verdict.reasons.map((r) => r.code);

test('a format-3 code for the current plan is valid, with 学时 and counts recomputed from the plan', () => {
  const verdict = verify(current());
  assert.equal(verdict.status, 'valid');
  assert.deepEqual(verdict.reasons, []);
  assert.equal(verdict.format, 3);
  assert.equal(verdict.formatLabel, '完成码（已绑定姓名）');
  assert.deepEqual(verdict.group, { id: 'branch-secretary', name: '党支部书记' });
  assert.equal(verdict.planLabel, '2027年度学习计划（版本 2027-0C2D）');
  assert.equal(verdict.hours, 7);
  assert.equal(verdict.studiedCount, 2);
  assert.equal(verdict.total, 3);
  assert.equal(verdict.person, person);
  assert.equal(verdict.notice, undefined);
  assert.deepEqual(
    verdict.modules?.map((m) => [m.code, m.studied]),
    [
      ['ZS-004', true],
      ['ZS-005', false],
      ['ZS-009', true],
    ],
  );
});

test('ratings come back per module', () => {
  const verdict = verify(current({ ratings: new Map([['ZS-009', 2]]) }));
  assert.equal(verdict.status, 'valid');
  assert.deepEqual(
    verdict.modules?.map((m) => m.rating),
    [undefined, undefined, 2],
  );
});

test('the name binding: the same person matches, another is refused, an old code cannot say', () => {
  assert.equal(verify(current(), { person: { name: ' 张三', number: '0123' } }).personCheck, 'match');
  const other = verify(current(), { person: { name: '李四', number: '0123' } });
  assert.equal(other.personCheck, 'mismatch');
  assert.equal(other.status, 'refused');
  assert.match(other.reasons[0]!.message, /不属于「李四（编号 0123）」/);
  const old = encodeLegacyCode({
    groupId: 'branch-secretary',
    planYear: 2027,
    pathCodes: codes,
    studied: new Set(['ZS-004']),
    hours: 3,
    date: made,
  });
  const unbound = verify(old, { person: { name: '张三' } });
  assert.equal(unbound.personCheck, 'unbound');
  assert.equal(unbound.status, 'valid');
  assert.equal(verify(current()).personCheck, undefined, 'no name typed, nothing checked');
});

test('old codes still verify and say which format they are', () => {
  const format2 = verify(
    encodeLegacyCode({
      groupId: 'branch-secretary',
      planYear: 2026,
      pathCodes: codes.slice(0, 2),
      studied: new Set(['ZS-005']),
      hours: 4,
      date: made,
    }),
  );
  assert.equal(format2.status, 'valid');
  assert.equal(format2.formatLabel, '旧版完成码（未绑定姓名）');
  assert.equal(format2.hours, 4);
  assert.match(format2.notice!, /属于2026年度学习计划.*不是当前的学习计划/);
  // Printed before yearly plans, for these three modules, ZS-004 and ZS-009 studied (7 学时).
  const format1 = verify('06TX-AWR2-0K4G-03G0-0EGC-8T8');
  assert.equal(format1.status, 'valid', JSON.stringify(format1.reasons));
  assert.equal(format1.formatLabel, '旧版完成码（年度学习计划实行前，未绑定姓名）');
  assert.equal(format1.planLabel, '年度学习计划实行前的学习路径');
  assert.deepEqual(
    format1.modules?.map((m) => m.studied),
    [true, false, true],
  );
});

test('forged: an old code claiming 999 学时 with a valid checksum is refused as altered', () => {
  const forged = encodeLegacyCode({
    groupId: 'branch-secretary',
    planYear: 2027,
    pathCodes: codes,
    studied: new Set(),
    hours: 999,
    date: made,
  });
  const verdict = verify(forged);
  assert.equal(verdict.status, 'refused');
  assert.deepEqual(reasonCodes(verdict), ['hours']);
  assert.match(verdict.reasons[0]!.message, /999 学时.*0 学时.*改动/);
  assert.equal(verdict.hours, 0, 'the verdict shows the recomputed 学时, never the claimed ones');
});

test('forged: a plan year the site never published cannot be checked, and is never valid', () => {
  const verdict = verify(current({ planYear: 2028 }));
  assert.equal(verdict.status, 'unverifiable');
  assert.deepEqual(reasonCodes(verdict), ['unknown-plan']);
  assert.match(verdict.reasons[0]!.message, /本站没有发布过2028年度学习计划/);
  assert.equal(verdict.hours, undefined);
  assert.equal(verdict.modules, undefined);
  // Years ahead, a code made now is impossible too.
  assert.deepEqual(reasonCodes(verify(current({ planYear: 2031 }))), ['too-early', 'unknown-plan']);
});

test('forged: a version of a published year that the site never published cannot be checked', () => {
  const verdict = verify(current({ pathCodes: ['ZS-004', 'XX-999'], studied: new Set(['ZS-004']) }));
  assert.equal(verdict.status, 'unverifiable');
  assert.match(verdict.reasons[0]!.message, /2027年度学习计划中没有这个版本/);
});

test('forged: a date after today (Beijing) is refused', () => {
  const verdict = verify(current({ date: new Date('2027-06-02T00:00:00Z') }));
  assert.equal(verdict.status, 'refused');
  assert.deepEqual(reasonCodes(verdict), ['future']);
  assert.match(verdict.reasons[0]!.message, /2027-06-02 晚于今天（2027-06-01）/);
  assert.equal(verify(current({ date: today })).status, 'valid', 'made today is fine');
});

test('forged: a date before the plan could be used, or before the code epoch, is refused', () => {
  // Plans are published ahead of their year, at most a year ahead: 2026 is fine for 2027.
  assert.equal(verify(current({ date: new Date('2026-12-06T00:00:00Z') })).status, 'valid');
  const early = verify(current({ date: new Date('2025-12-31T00:00:00Z') }));
  assert.equal(early.status, 'refused');
  assert.deepEqual(reasonCodes(early), ['too-early']);
  const beforeEpoch = verifyCode(
    { ...decode(current()), date: new Date('2023-12-31T00:00:00Z') },
    paths,
    today,
  );
  assert.deepEqual(reasonCodes(beforeEpoch), ['too-early']);
});

test('forged: a count that is not the plan’s module count is refused', () => {
  const forged = reforge(current(), (bytes) => {
    bytes[12] = 4; // count 3 → 4, same one-byte bitset
  });
  const verdict = verify(forged);
  assert.equal(verdict.status, 'refused');
  assert.deepEqual(reasonCodes(verdict), ['count']);
  assert.match(verdict.reasons[0]!.message, /4 个.*3 个/);
  assert.equal(verdict.hours, undefined);
});

test('forged: bits set past the plan’s modules are refused', () => {
  const forged = reforge(current(), (bytes) => {
    bytes[13]! |= 0b0001_1111;
  });
  const verdict = verify(forged);
  assert.equal(verdict.status, 'refused');
  assert.deepEqual(reasonCodes(verdict), ['stray-bits']);
});

test('forged: a code of another group is named as such on that group’s page', () => {
  const verdict = verify(current(), { expectedGroupId: 'ordinary' });
  assert.equal(verdict.status, 'refused');
  assert.deepEqual(reasonCodes(verdict), ['other-group']);
  assert.match(verdict.reasons[0]!.message, /这是「党支部书记」的完成码，不是「普通党员」的/);
});

test('a code of a group the site does not know cannot be checked', () => {
  const verdict = verifyCode(decode(current({ groupId: 'gone' })), paths, today);
  assert.equal(verdict.status, 'unverifiable');
  assert.deepEqual(reasonCodes(verdict), ['unknown-group']);
  assert.equal(
    findGroup(decode(current({ groupId: 'gone' })), [{ id: 'ordinary', name: '普通党员' }]),
    undefined,
  );
});

test('no forged code is ever valid', () => {
  const forged = [
    encodeLegacyCode({
      groupId: 'branch-secretary',
      planYear: 2027,
      pathCodes: codes,
      studied: new Set(codes),
      hours: 999,
      date: made,
    }),
    current({ planYear: 2031 }),
    current({ date: new Date('2099-01-01T00:00:00Z') }),
    reforge(current(), (bytes) => {
      bytes[12] = 9;
      bytes.splice(14, 0, 0);
    }),
  ];
  for (const code of forged) assert.notEqual(verify(code).status, 'valid', code);
  assert.notEqual(verify(current(), { expectedGroupId: 'ordinary' }).status, 'valid');
});

test('broken codes get a message that says what to do', () => {
  const code = current();
  const tampered = decodeCompletionCode(code.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
  assert.equal(tampered.ok, false);
  if (!tampered.ok) assert.match(describeFailure(tampered), /校验失败.*对照原件重新输入/);
  const typo = decodeCompletionCode('06TX-U');
  assert.equal(typo.ok, false);
  if (!typo.ok) assert.match(describeFailure(typo), /无法识别的字符/);
});

test('the verdict carries the needs survey the code holds, named by the topic list it was decoded with', () => {
  const topics = ['theory', 'party-spirit', 'situation-policy'];
  const code = current({ survey: { topics, chosen: new Set(['situation-policy', 'theory']) } });
  const decoded = decodeCompletionCode(code, topics);
  assert.ok(decoded.ok);
  const verdict = verifyCode(decoded, paths, today);
  assert.equal(verdict.status, 'valid');
  assert.deepEqual([verdict.survey, verdict.surveyUnknown], [['theory', 'situation-policy'], 0]);
  assert.deepEqual(verify(current()).survey, []);
  const old = encodeLegacyCode({
    groupId: 'ordinary',
    pathCodes: codes,
    studied: new Set(),
    hours: 0,
    date: made,
  });
  assert.deepEqual([verify(old).survey, verify(old).surveyUnknown], [[], 0]);
});
