import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathFingerprint } from '../../../../src/lib/progress/checksums.ts';
import { decodeCompletionCode, encodeCompletionCode } from '../../../../src/lib/progress/completion-code.ts';
import {
  describeFailure,
  findGroup,
  verifyAgainstPath,
  type PublishedPath,
} from '../../../../src/lib/progress/verify.ts';

const modules = [
  { code: 'ZS-004', title: '“三会一课”的组织、签到与记录', hours: 3 },
  { code: 'ZS-005', title: '支部委员会换届选举', hours: 4 },
  { code: 'ZS-009', title: '党建沙盘推演', hours: 4 },
];
const legacy = { version: 'path-1', fingerprint: pathFingerprint(modules.map((m) => m.code)), modules };
const path: PublishedPath = {
  groupId: 'branch-secretary',
  groupName: '党支部书记',
  current: legacy.version,
  plans: [legacy],
};
const groups = [
  { id: 'ordinary', name: '普通党员' },
  { id: 'branch-secretary', name: '党支部书记' },
];
const code = encodeCompletionCode({
  groupId: 'branch-secretary',
  pathCodes: modules.map((m) => m.code),
  studied: new Set(['ZS-004', 'ZS-009']),
  hours: 7,
  date: new Date('2027-05-10T00:00:00Z'),
});

test('a valid code shows the group and which modules were studied', () => {
  const decoded = decodeCompletionCode(code);
  assert.ok(decoded.ok);
  const group = findGroup(decoded, groups);
  assert.deepEqual(group, { id: 'branch-secretary', name: '党支部书记' });
  const result = verifyAgainstPath(decoded, group!, path);
  assert.ok(result.ok);
  assert.deepEqual(
    result.modules?.map((m) => [m.code, m.studied]),
    [
      ['ZS-004', true],
      ['ZS-005', false],
      ['ZS-009', true],
    ],
  );
  assert.equal(result.hours, 7);
  assert.equal(result.notice, undefined);
});

test('a code from before the path changed still shows its totals, with a notice', () => {
  const decoded = decodeCompletionCode(code);
  assert.ok(decoded.ok);
  const grown = [...modules, { code: 'ZS-013', title: '书记论坛', hours: 3 }];
  const changed = { ...path, plans: [{ ...legacy, modules: grown, fingerprint: 1 }] };
  const result = verifyAgainstPath(decoded, groups[1]!, changed);
  assert.ok(result.ok);
  assert.equal(result.modules, undefined);
  assert.equal(result.studiedCount, 2);
  assert.match(result.notice!, /学习路径调整过课程/);
});

test('a code for a group that no longer exists is not matched', () => {
  const decoded = decodeCompletionCode(code);
  assert.ok(decoded.ok);
  assert.equal(findGroup(decoded, [{ id: 'ordinary', name: '普通党员' }]), undefined);
});

test('broken codes get a message that says what to do', () => {
  const tampered = decodeCompletionCode(code.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
  assert.equal(tampered.ok, false);
  if (!tampered.ok) assert.match(describeFailure(tampered), /校验失败.*对照原件重新输入/);
  const typo = decodeCompletionCode('06TX-U');
  if (!typo.ok) assert.match(describeFailure(typo), /无法识别的字符/);
});

const plan2026 = {
  version: '2026-0A1B',
  year: 2026,
  fingerprint: pathFingerprint(['ZS-004', 'ZS-005']),
  modules: modules.slice(0, 2),
};
const plan2027 = {
  version: '2027-0C2D',
  year: 2027,
  fingerprint: pathFingerprint(['ZS-009']),
  modules: modules.slice(2),
};
const planned: PublishedPath = { ...path, current: plan2027.version, plans: [plan2027, plan2026, legacy] };
const codeFor = (planYear: number, pathCodes: string[]) =>
  decodeCompletionCode(
    encodeCompletionCode({
      groupId: 'branch-secretary',
      planYear,
      pathCodes,
      studied: new Set(pathCodes.slice(0, 1)),
      hours: 3,
      date: new Date('2027-05-10T00:00:00Z'),
    }),
  );

test('a code for the current plan names it and lists its required modules', () => {
  const decoded = codeFor(2027, ['ZS-009']);
  assert.ok(decoded.ok);
  const result = verifyAgainstPath(decoded, groups[1]!, planned);
  assert.ok(result.ok);
  assert.equal(result.plan, '2027年度学习计划（版本 2027-0C2D）');
  assert.deepEqual(
    result.modules?.map((m) => m.code),
    ['ZS-009'],
  );
  assert.equal(result.notice, undefined);
});

test('a code for last year’s plan still verifies module by module and says which plan it is', () => {
  const decoded = codeFor(2026, ['ZS-004', 'ZS-005']);
  assert.ok(decoded.ok);
  const result = verifyAgainstPath(decoded, groups[1]!, planned);
  assert.ok(result.ok);
  assert.equal(result.plan, '2026年度学习计划（版本 2026-0A1B）');
  assert.deepEqual(
    result.modules?.map((m) => [m.code, m.studied]),
    [
      ['ZS-004', true],
      ['ZS-005', false],
    ],
  );
  assert.match(result.notice!, /属于2026年度学习计划.*不是当前的学习计划/);
});

test('a code for a plan version no longer published still names its year', () => {
  const decoded = codeFor(2027, ['ZS-004', 'ZS-009']);
  assert.ok(decoded.ok);
  const result = verifyAgainstPath(decoded, groups[1]!, planned);
  assert.ok(result.ok);
  assert.equal(result.plan, '2027年度学习计划');
  assert.equal(result.modules, undefined);
  assert.match(result.notice!, /2027年度学习计划调整过课程/);
});

test('a code printed before yearly plans (format 1) still decodes and verifies', () => {
  const decoded = decodeCompletionCode('06TX-AWR2-0K4G-03G0-0EGC-8T8');
  assert.ok(decoded.ok);
  assert.equal(decoded.planYear, undefined);
  const result = verifyAgainstPath(decoded, groups[1]!, planned);
  assert.ok(result.ok);
  assert.equal(result.plan, '年度学习计划实行前的学习路径');
  assert.deepEqual(
    result.modules?.map((m) => m.studied),
    [true, false, true],
  );
});
