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
const path: PublishedPath = {
  groupId: 'branch-secretary',
  groupName: '党支部书记',
  version: pathFingerprint(modules.map((m) => m.code)),
  modules,
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
  const changed = {
    ...path,
    modules: [...modules, { code: 'ZS-013', title: '书记论坛', hours: 3 }],
    version: 1,
  };
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
