import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SATISFACTION_LINE } from '../../../src/lib/evaluation/levels.ts';
import { SettingsSchema } from '../../../src/schemas/settings.ts';

test('the satisfaction line defaults to the one in levels.ts and stays a percent from 1 to 100', () => {
  assert.equal(SettingsSchema.parse({}).evaluation.satisfactionLine, DEFAULT_SATISFACTION_LINE);
  assert.equal(
    SettingsSchema.parse({ evaluation: {} }).evaluation.satisfactionLine,
    DEFAULT_SATISFACTION_LINE,
  );
  assert.equal(
    SettingsSchema.parse({ evaluation: { satisfactionLine: 90 } }).evaluation.satisfactionLine,
    90,
  );
  for (const satisfactionLine of [0, 101, 85.5])
    assert.equal(
      SettingsSchema.safeParse({ evaluation: { satisfactionLine } }).success,
      false,
      String(satisfactionLine),
    );
});
