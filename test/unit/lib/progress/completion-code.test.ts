import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hash16, pathFingerprint } from '../../../../src/lib/progress/checksums.ts';
import { decodeCompletionCode, encodeCompletionCode } from '../../../../src/lib/progress/completion-code.ts';

const pathCodes = Array.from({ length: 24 }, (_, i) => `ZS-${String(i + 1).padStart(3, '0')}`);
const record = {
  groupId: 'branch-secretary',
  pathCodes,
  studied: new Set(['ZS-001', 'ZS-005', 'ZS-024']),
  hours: 8.5,
  date: new Date('2027-03-01T00:00:00Z'),
};
const code = encodeCompletionCode(record);

test('a code is short, grouped in fours, and uses no ambiguous letters', () => {
  assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
  assert.ok(code.replace(/-/g, '').length <= 30, code);
});

test('a code round-trips: group, path version, date, 学时 and the studied modules', () => {
  const decoded = decodeCompletionCode(code);
  assert.ok(decoded.ok);
  assert.equal(decoded.groupHash, hash16('branch-secretary'));
  assert.equal(decoded.pathVersion, pathFingerprint(pathCodes));
  assert.equal(decoded.date.toISOString(), '2027-03-01T00:00:00.000Z');
  assert.equal(decoded.hours, 8.5);
  assert.equal(decoded.count, 24);
  assert.deepEqual(
    decoded.studiedIndexes.map((i) => pathCodes[i]),
    ['ZS-001', 'ZS-005', 'ZS-024'],
  );
});

test('typing it in lower case, with spaces, or with O and I for 0 and 1 still works', () => {
  const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'i');
  assert.deepEqual(decodeCompletionCode(sloppy), decodeCompletionCode(code));
});

test('every single changed character is caught', () => {
  const compact = code.replace(/-/g, '');
  for (let i = 0; i < compact.length; i++) {
    const swapped = compact.slice(0, i) + (compact[i] === '7' ? '8' : '7') + compact.slice(i + 1);
    const decoded = decodeCompletionCode(swapped);
    assert.equal(decoded.ok, false, `change at ${i} went unnoticed`);
  }
});

test('corrupted codes say why they fail', () => {
  assert.deepEqual(decodeCompletionCode('   '), { ok: false, reason: 'empty' });
  assert.deepEqual(decodeCompletionCode('06TX-BA53-#J1G'), { ok: false, reason: 'characters' });
  assert.deepEqual(decodeCompletionCode('06TX-BA53'), { ok: false, reason: 'length' });
  assert.deepEqual(decodeCompletionCode(code.slice(0, -4)), { ok: false, reason: 'length' });
  assert.deepEqual(decodeCompletionCode(`${code}ZZZZ`), { ok: false, reason: 'checksum' });
});

test('an empty path and a path longer than a byte both encode', () => {
  for (const length of [0, 7, 8, 300]) {
    const codes = Array.from({ length }, (_, i) => `AA-${i}`);
    const decoded = decodeCompletionCode(
      encodeCompletionCode({ ...record, pathCodes: codes, studied: new Set(codes.slice(0, 1)) }),
    );
    assert.ok(decoded.ok, `length ${length}`);
    assert.equal(decoded.count, length);
    assert.deepEqual(decoded.studiedIndexes, length ? [0] : []);
  }
});

test('a code made for a yearly plan carries the plan year', () => {
  const decoded = decodeCompletionCode(encodeCompletionCode({ ...record, planYear: 2027 }));
  assert.ok(decoded.ok);
  assert.equal(decoded.planYear, 2027);
  assert.equal(decoded.pathVersion, pathFingerprint(pathCodes));
  assert.equal(decoded.hours, 8.5);
  assert.deepEqual(
    decoded.studiedIndexes.map((i) => pathCodes[i]),
    ['ZS-001', 'ZS-005', 'ZS-024'],
  );
});

test('a code from before yearly plans has no plan year', () => {
  const decoded = decodeCompletionCode(code);
  assert.ok(decoded.ok);
  assert.equal(decoded.planYear, undefined);
});
