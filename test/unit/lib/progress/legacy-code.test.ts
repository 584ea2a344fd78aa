import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hash16, pathFingerprint } from '../../../../src/lib/plans/checksums.ts';
import { decodeCompletionCode } from '../../../../src/lib/progress/completion-code.ts';
import { encodeLegacyCode } from '../../../../src/lib/progress/legacy-code.ts';

const pathCodes = Array.from({ length: 24 }, (_, i) => `ZS-${String(i + 1).padStart(3, '0')}`);
const record = {
  groupId: 'branch-secretary',
  pathCodes,
  studied: new Set(['ZS-001', 'ZS-005', 'ZS-024']),
  hours: 8.5,
  date: new Date('2027-03-01T00:00:00Z'),
};

test('a format-1 code (before yearly plans) still decodes, with its claimed 学时 and no year or person', () => {
  const decoded = decodeCompletionCode(encodeLegacyCode(record));
  assert.ok(decoded.ok);
  assert.equal(decoded.format, 1);
  assert.equal(decoded.planYear, undefined);
  assert.equal(decoded.groupHash, hash16('branch-secretary'));
  assert.equal(decoded.pathVersion, pathFingerprint(pathCodes));
  assert.equal(decoded.hours, 8.5);
  assert.equal(decoded.person, undefined);
  assert.deepEqual(
    decoded.studiedIndexes.map((i) => pathCodes[i]),
    ['ZS-001', 'ZS-005', 'ZS-024'],
  );
});

test('a format-2 code carries the plan year', () => {
  const decoded = decodeCompletionCode(encodeLegacyCode({ ...record, planYear: 2027 }));
  assert.ok(decoded.ok);
  assert.equal(decoded.format, 2);
  assert.equal(decoded.planYear, 2027);
  assert.equal(decoded.hours, 8.5);
  assert.equal(decoded.date.toISOString(), '2027-03-01T00:00:00.000Z');
});

test('a format-1 code printed before this change decodes as it did', () => {
  const decoded = decodeCompletionCode('06TX-AWR2-0K4G-03G0-0EGC-8T8');
  assert.ok(decoded.ok);
  assert.equal(decoded.format, 1);
  assert.equal(decoded.count, 3);
  assert.deepEqual(decoded.studiedIndexes, [0, 2]);
});

test('every single changed character of an old code is caught', () => {
  const compact = encodeLegacyCode({ ...record, planYear: 2027 }).replace(/-/g, '');
  for (let i = 0; i < compact.length; i++) {
    const swapped = compact.slice(0, i) + (compact[i] === '7' ? '8' : '7') + compact.slice(i + 1);
    assert.equal(decodeCompletionCode(swapped).ok, false, `change at ${i} went unnoticed`);
  }
});
