import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { describePlanDifferences } from '../../../../src/lib/plans/plan-diff.ts';
import { planToYaml } from '../../../../src/lib/plans/plan-yaml.ts';
import { PlanSchema, type Plan } from '../../../../src/schemas/plan.ts';
import { makeEntry, makeGroup } from '../../../helpers/modules.ts';

const groups = [makeGroup(), makeGroup({ id: 'backbone', name: '骨干党员' })];
const byCode = new Map(
  ['LL-001', 'DX-002', 'ZS-001'].map((code) => [code, makeEntry({ code, title: `标题 ${code}` })]),
);
const plan: Plan = {
  themes: [{ quarter: 1, theme: '理论: 学习' }],
  groups: {
    ordinary: { required: ['LL-001', { code: 'DX-002', month: 4 }] },
    backbone: { required: [], electives: ['ZS-001'] },
  },
};

test('the written plan file reads back as the same plan, with titles and totals as comments', () => {
  const text = planToYaml(plan, {
    year: 2027,
    groups,
    byCode,
    otherModules: new Map([['ordinary', ['ZS-001']]]),
  });
  assert.deepEqual(PlanSchema.parse(parse(text)), plan);
  assert.match(text, /- LL-001 # 标题 LL-001（2 学时）/);
  assert.match(text, /# 普通党员：必修 4 学时，年度要求 32 学时/);
  // Electives left out are listed as comments, ready to move into `required`.
  assert.match(text, /# {3}- ZS-001 # 标题 ZS-001/);
});

test('differences between an edited plan and the proposal are named per group', () => {
  const proposal: Plan = {
    themes: [],
    groups: { ordinary: { required: ['LL-001', 'DX-002'] }, backbone: { required: [] } },
  };
  assert.deepEqual(describePlanDifferences(proposal, proposal, groups), []);
  const edited: Plan = {
    themes: [{ quarter: 1, theme: '理论' }],
    groups: { ordinary: { required: ['DX-002', 'ZS-001'] } },
  };
  assert.deepEqual(describePlanDifferences(edited, proposal, groups), [
    '普通党员（ordinary）：必修多了 ZS-001',
    '普通党员（ordinary）：必修少了 LL-001（默认计划中有）',
    '骨干党员（backbone）：计划文件中没有，按默认计划学习',
    '研讨主题：计划文件已填写或修改',
  ]);
});
