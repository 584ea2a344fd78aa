import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PlanSchema } from '../../../src/schemas/plan.ts';

test('a plan lists required modules (optionally with a quarter or month) and electives per group', () => {
  const plan = PlanSchema.parse({
    themes: [{ quarter: 1, theme: '理论学习' }],
    groups: { ordinary: { required: ['LL-001', { code: 'DX-002', quarter: 3 }], electives: ['ZS-001'] } },
  });
  assert.deepEqual(plan.groups.ordinary!.required, ['LL-001', { code: 'DX-002', quarter: 3 }]);
  assert.deepEqual(PlanSchema.parse({}), { themes: [], groups: {} });
  // Left out, electives stay undefined: "every other module of the group".
  assert.equal(PlanSchema.parse({ groups: { ordinary: {} } }).groups.ordinary!.electives, undefined);
});

test('unknown keys and malformed codes are rejected', () => {
  assert.equal(PlanSchema.safeParse({ group: {} }).success, false);
  assert.equal(PlanSchema.safeParse({ groups: { ordinary: { required: ['ll-1'] } } }).success, false);
  assert.equal(
    PlanSchema.safeParse({ groups: { ordinary: { required: [{ code: 'LL-001', week: 3 }] } } }).success,
    false,
  );
});
