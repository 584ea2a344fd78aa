import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SettingsSchema } from '../../../../src/schemas/settings.ts';
import { DEFAULT_VISIT_TARGETS, visitTarget } from '../../../../src/lib/rollup/visits.ts';

test('the level above a branch covers every branch; a 集团 at least 100 or all', () => {
  assert.equal(visitTarget('unit', 'unit', 12, DEFAULT_VISIT_TARGETS), 12);
  assert.equal(visitTarget('company', 'unit', 12, DEFAULT_VISIT_TARGETS), undefined);
  assert.equal(visitTarget('company', 'company', 300, DEFAULT_VISIT_TARGETS), 100);
  assert.equal(visitTarget('company', 'company', 60, DEFAULT_VISIT_TARGETS), 60);
  assert.equal(visitTarget('unit', 'company', 7, { unitShare: 50, companyBranches: 100 }), 4);
  assert.equal(visitTarget('above', 'above', 500, DEFAULT_VISIT_TARGETS), undefined);
});

test('the defaults are the settings schema defaults', () => {
  assert.deepEqual(SettingsSchema.parse({}).rollup.visits, DEFAULT_VISIT_TARGETS);
});
