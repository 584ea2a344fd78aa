import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeBase32 } from '../../../../src/lib/progress/base32.ts';
import { crc16, hash16, pathFingerprint } from '../../../../src/lib/plans/checksums.ts';
import { decodeCompletionCode, encodeCompletionCode } from '../../../../src/lib/progress/completion-code.ts';
import { personKey } from '../../../../src/lib/progress/person-key.ts';

const pathCodes = Array.from({ length: 24 }, (_, i) => `ZS-${String(i + 1).padStart(3, '0')}`);
const record = {
  groupId: 'branch-secretary',
  planYear: 2027,
  pathCodes,
  studied: new Set(['ZS-001', 'ZS-005', 'ZS-024']),
  person: personKey('张三', '0123'),
  date: new Date('2027-03-01T00:00:00Z'),
};
const code = encodeCompletionCode(record);

/** A code with a valid CRC around any bytes: what a forger with the source can make. */
const withCrc = (body: number[]) => {
  const bytes = Uint8Array.from([
    ...body,
    (crc16(Uint8Array.from(body)) >> 8) & 0xff,
    crc16(Uint8Array.from(body)) & 0xff,
  ]);
  return encodeBase32(bytes);
};
const rawBytes = (text: string) => {
  const decoded = decodeCompletionCode(text);
  assert.ok(decoded.ok);
  return decoded;
};

test('a format-3 code is short, grouped in fours, and uses no ambiguous letters', () => {
  assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
  assert.ok(code.replace(/-/g, '').length <= 32, code);
  const eight = encodeCompletionCode({ ...record, pathCodes: pathCodes.slice(0, 8) });
  assert.equal(eight.replace(/-/g, '').length, 26, 'a plan of 8 modules without ratings');
});

test('a code round-trips: format, group, plan, date, person and the studied modules, no 学时', () => {
  const decoded = rawBytes(code);
  assert.equal(decoded.format, 3);
  assert.equal(decoded.groupHash, hash16('branch-secretary'));
  assert.equal(decoded.planYear, 2027);
  assert.equal(decoded.pathVersion, pathFingerprint(pathCodes));
  assert.equal(decoded.date.toISOString(), '2027-03-01T00:00:00.000Z');
  assert.equal(decoded.person, personKey('张三', '0123'));
  assert.equal(decoded.hours, undefined);
  assert.equal(decoded.count, 24);
  assert.equal(decoded.strayBits, 0);
  assert.deepEqual(
    decoded.studiedIndexes.map((i) => pathCodes[i]),
    ['ZS-001', 'ZS-005', 'ZS-024'],
  );
  assert.equal(decoded.ratings.size, 0);
});

test('ratings of studied modules round-trip and make the code only a little longer', () => {
  const ratings = new Map([
    ['ZS-001', 1 as const],
    ['ZS-024', 4 as const],
    ['ZS-002', 2 as const], // not studied: left out
  ]);
  const rated = encodeCompletionCode({ ...record, ratings });
  const decoded = rawBytes(rated);
  assert.deepEqual(
    [...decoded.ratings],
    [
      [0, 1],
      [23, 4],
    ],
  );
  assert.deepEqual(decoded.studiedIndexes, [0, 4, 23]);
  // Three ratings take 9 bits: two bytes, at most four characters more.
  assert.ok(rated.replace(/-/g, '').length - code.replace(/-/g, '').length <= 4, rated);
  // Ratings only on modules not studied set no flag: the code is the same as without ratings.
  assert.equal(encodeCompletionCode({ ...record, ratings: new Map([['ZS-002', 3 as const]]) }), code);
});

test('typing it in lower case, with spaces, or with O and I for 0 and 1 still works', () => {
  const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'i');
  assert.deepEqual(decodeCompletionCode(sloppy), decodeCompletionCode(code));
});

test('every single changed character is caught, with and without ratings', () => {
  const rated = encodeCompletionCode({ ...record, ratings: new Map([['ZS-005', 3 as const]]) });
  for (const text of [code, rated]) {
    const compact = text.replace(/-/g, '');
    for (let i = 0; i < compact.length; i++) {
      const swapped = compact.slice(0, i) + (compact[i] === '7' ? '8' : '7') + compact.slice(i + 1);
      assert.equal(decodeCompletionCode(swapped).ok, false, `change at ${i} of ${text} went unnoticed`);
    }
  }
});

test('corrupted codes say why they fail', () => {
  assert.deepEqual(decodeCompletionCode('   '), { ok: false, reason: 'empty' });
  assert.deepEqual(decodeCompletionCode('06TX-BA53-#J1G'), { ok: false, reason: 'characters' });
  assert.deepEqual(decodeCompletionCode('06TX-BA53'), { ok: false, reason: 'length' });
  assert.deepEqual(decodeCompletionCode(code.slice(0, -5)), { ok: false, reason: 'length' });
  assert.deepEqual(decodeCompletionCode(`${code}ZZZZ`), { ok: false, reason: 'checksum' });
});

test('a future format, or format 3 with unknown flags, asks for a newer page', () => {
  // A format-5 code laid out like format 1: format, group, fingerprint, day, hours, count, bitset.
  const body = [0x05, 0x12, 0x34, 0xab, 0xcd, 0x04, 0x4c, 0, 6, 0, 8, 0b1000_0000];
  assert.deepEqual(decodeCompletionCode(withCrc(body)), { ok: false, reason: 'version' });
  assert.deepEqual(decodeCompletionCode(withCrc([...rawHeader(0x13), 0])), { ok: false, reason: 'version' });
});

test('ratings past 不满意, or bits after the last rating, are refused even with a valid CRC', () => {
  // One studied module (bit 0 of 8), ratings flag, a 3-bit value of 5.
  assert.deepEqual(decodeCompletionCode(withCrc([...rawHeader(0x83), 0b1000_0000, 0b1010_0000])), {
    ok: false,
    reason: 'layout',
  });
  assert.deepEqual(decodeCompletionCode(withCrc([...rawHeader(0x83), 0b1000_0000, 0b0010_0001])), {
    ok: false,
    reason: 'layout',
  });
  const fine = decodeCompletionCode(withCrc([...rawHeader(0x83), 0b1000_0000, 0b0100_0000]));
  assert.ok(fine.ok);
  assert.deepEqual([...fine.ratings], [[0, 2]]);
});

test('bits set past the module count are reported, not dropped silently', () => {
  const decoded = decodeCompletionCode(withCrc([...rawHeader(0x03, 5), 0b1000_0111]));
  assert.ok(decoded.ok);
  assert.deepEqual(decoded.studiedIndexes, [0]);
  assert.equal(decoded.strayBits, 3);
});

test('an empty path and a path longer than a byte both encode', () => {
  for (const length of [0, 7, 8, 300]) {
    const codes = Array.from({ length }, (_, i) => `AA-${i}`);
    const decoded = rawBytes(
      encodeCompletionCode({ ...record, pathCodes: codes, studied: new Set(codes.slice(0, 1)) }),
    );
    assert.equal(decoded.count, length);
    assert.deepEqual(decoded.studiedIndexes, length ? [0] : []);
  }
});

/** Format byte, group, year 2027, fingerprint, day 1100, person, count (8 unless given). */
function rawHeader(format: number, count = 8): number[] {
  return [format, 0x12, 0x34, 27, 0xab, 0xcd, 0x04, 0x4c, 0x01, 0x02, 0x03, 0, count];
}
