import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextFreeCode } from '../../../../../src/lib/content/validation/cross-checks.ts';
import type { ModuleRecord } from '../../../../../src/lib/content/validation/records.ts';

const record = (code: string) => ({ data: { code } }) as ModuleRecord;

test('the suggested code follows the highest number with the same prefix, never a gap', () => {
  const modules = ['DX-001', 'DX-003', 'DX-012', 'LL-040'].map(record);
  assert.equal(nextFreeCode('DX-003', modules), 'DX-013');
  assert.equal(nextFreeCode('ZS-001', modules), 'ZS-001');
});
