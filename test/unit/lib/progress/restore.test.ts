import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathFingerprint } from '../../../../src/lib/plans/checksums.ts';
import { decodeCompletionCode, encodeCompletionCode } from '../../../../src/lib/progress/completion-code.ts';
import { encodeLegacyCode } from '../../../../src/lib/progress/legacy-code.ts';
import { personKey } from '../../../../src/lib/progress/person-key.ts';
import { planRestore } from '../../../../src/lib/progress/restore.ts';
import { verifyCode, type PublishedPath } from '../../../../src/lib/progress/verify.ts';

const modules = [
  { code: 'DX-002', title: '党章', hours: 3 },
  { code: 'SZ-002', title: '党史', hours: 2 },
  { code: 'ZS-001', title: '组织生活', hours: 3 },
];
const codes = modules.map((m) => m.code);
const path: PublishedPath = {
  groupId: 'activist',
  groupName: '入党积极分子',
  current: '2027-AAAA',
  plans: [{ version: '2027-AAAA', year: 2027, fingerprint: pathFingerprint(codes), modules }],
};
const today = new Date('2027-06-01T00:00:00Z');
const made = new Date('2027-05-10T00:00:00Z');
const code = (over: Partial<Parameters<typeof encodeCompletionCode>[0]> = {}) =>
  encodeCompletionCode({
    groupId: 'activist',
    planYear: 2027,
    pathCodes: codes,
    studied: new Set(['DX-002', 'ZS-001']),
    person: personKey('王芳'),
    ratings: new Map([['DX-002', 1]]),
    date: made,
    ...over,
  });

function restore(text: string, name: string, number = '') {
  const decoded = decodeCompletionCode(text);
  assert.ok(decoded.ok);
  const verdict = verifyCode(decoded, { activist: path }, today, {
    expectedGroupId: 'activist',
    person: { name, number },
  });
  return planRestore(verdict, 'activist');
}

test('the member’s own code restores the studied modules, their ratings and the day', () => {
  const plan = restore(code(), '王 芳');
  assert.ok(plan.ok, plan.message);
  assert.deepEqual(plan.studied, ['DX-002', 'ZS-001']);
  assert.deepEqual([...plan.ratings], [['DX-002', 1]]);
  assert.equal(plan.date.toISOString(), made.toISOString());
  assert.match(plan.message, /已恢复 2 个已学模块和 1 条评价/);
});

test('another name, no name, an old code or another group restores nothing, with a reason', () => {
  const cases: [string, string, RegExp][] = [
    [code(), '李四', /姓名或编号与填写的不一致/],
    [code(), '  ', /请先填写本人姓名/],
    [
      encodeLegacyCode({
        groupId: 'activist',
        planYear: 2027,
        pathCodes: codes,
        studied: new Set(codes),
        hours: 8,
        date: made,
      }),
      '王芳',
      /旧版完成码没有绑定姓名/,
    ],
    [code({ groupId: 'ordinary' }), '王芳', /不属于本页的党员类别/],
    [code({ date: new Date('2027-07-01T00:00:00Z') }), '王芳', /无法用这个完成码恢复.*晚于今天/],
    [code({ planYear: 2028 }), '王芳', /无法用这个完成码恢复.*没有发布过2028年度/],
  ];
  for (const [text, name, reason] of cases) {
    const plan = restore(text, name);
    assert.equal(plan.ok, false, text);
    assert.match(plan.message, reason);
  }
});

test('a code with a needs survey restores the ticked topics too', () => {
  const topics = ['theory', 'party-spirit', 'comprehensive'];
  const text = code({ survey: { topics, chosen: new Set(['comprehensive']) } });
  const decoded = decodeCompletionCode(text, topics);
  assert.ok(decoded.ok);
  const verdict = verifyCode(decoded, { activist: path }, today, { person: { name: '王芳' } });
  const plan = planRestore(verdict, 'activist');
  assert.ok(plan.ok, plan.message);
  assert.deepEqual(plan.survey, ['comprehensive']);
  assert.match(plan.message, /和 1 条评价，以及培训需求调研的选择/);
  const without = restore(code(), '王芳');
  assert.ok(without.ok);
  assert.deepEqual(without.survey, []);
});
