import assert from 'node:assert/strict';
import { test } from 'node:test';
import { publishedPathOf } from '../../../../src/lib/progress/published-path.ts';
import { makeEntry, makeGroup } from '../../../helpers/modules.ts';
import { makePlan } from '../../../helpers/plans.ts';

test('a group’s published path lists its current plan, its own earlier plans and the path before plans, and nothing of other groups', () => {
  const ordinary = makeGroup({ id: 'ordinary', name: '普通党员' });
  const backbone = makeGroup({ id: 'backbone', name: '骨干党员' });
  const [a, b, c] = ['LL-001', 'LL-002', 'DX-001'].map((code) => makeEntry({ code, hours: 2 }));
  const current = { ...makePlan(ordinary, [a!, b!], [], 2027), version: '2027-AAAA' };
  const earlier = { ...makePlan(ordinary, [a!], [], 2026), version: '2026-BBBB' };
  const otherGroup = { ...makePlan(backbone, [c!], [], 2026), version: '2026-CCCC' };
  const path = publishedPathOf(current, {
    earlierPlans: [otherGroup, earlier],
    paths: [
      { group: backbone, modules: [c!] },
      { group: ordinary, modules: [b!] },
    ],
  });
  assert.equal(path.groupId, 'ordinary');
  assert.equal(path.current, '2027-AAAA');
  assert.deepEqual(
    path.plans.map((plan) => [plan.year, plan.modules.map((module) => module.code)]),
    [
      [2027, ['LL-001', 'LL-002']],
      [2026, ['LL-001']],
      [undefined, ['LL-002']],
    ],
  );
});
