import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keysAt } from '../../../../../src/lib/content/validation/schema-keys.ts';
import { PlanSchema } from '../../../../../src/schemas/plan.ts';
import { SettingsSchema } from '../../../../../src/schemas/settings.ts';

test('the keys allowed are those of the object that holds the unknown key', () => {
  assert.deepEqual(keysAt(PlanSchema, []), ['themes', 'groups', 'venues']);
  assert.deepEqual(keysAt(PlanSchema, ['groups', 'activist']), ['required', 'electives']);
  assert.deepEqual(keysAt(PlanSchema, ['groups', 'activist', 'required', 3]), ['code', 'quarter', 'month']);
  assert.deepEqual(keysAt(PlanSchema, ['themes', 0]), ['quarter', 'theme']);
  assert.deepEqual(keysAt(SettingsSchema, ['review']), ['maxAgeMonths']);
  assert.equal(keysAt(PlanSchema, ['groups', 'activist', 'required', 3, 'code']), undefined);
});
