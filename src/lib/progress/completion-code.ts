import { decodeBase32, encodeBase32, normaliseBase32 } from './base32.ts';
import { crc16, hash16, pathFingerprint } from './checksums.ts';

/**
 * A short code that records which modules of a group's path a member studied, so a branch
 * secretary can check it on paper or by scanning, decoded in the browser with no server.
 *
 * Bytes: version(1) group(2) path-version(2) day(2) half-hours(2) module-count(2) bitset(n/8) crc(2),
 * written in Crockford Base32 in groups of four. The CRC catches typos and casual edits; without a
 * server no code can be made unforgeable, which the verify page says.
 */
const VERSION = 1;
const EPOCH = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

export interface CompletionRecord {
  groupId: string;
  /** Codes of the path's modules, in path order. */
  pathCodes: readonly string[];
  /** Codes of the modules the member marked as studied. */
  studied: ReadonlySet<string>;
  /** 学时 of the studied modules. */
  hours: number;
  /** When the code was made. */
  date: Date;
}

export function encodeCompletionCode(record: CompletionRecord): string {
  const count = record.pathCodes.length;
  const bitset = new Uint8Array(Math.ceil(count / 8));
  record.pathCodes.forEach((code, i) => {
    if (record.studied.has(code)) bitset[i >> 3]! |= 0x80 >> (i & 7);
  });
  const day = Math.max(0, Math.floor((record.date.getTime() - EPOCH) / DAY_MS));
  const body = [
    VERSION,
    ...u16(hash16(record.groupId)),
    ...u16(pathFingerprint(record.pathCodes)),
    ...u16(day),
    ...u16(Math.round(record.hours * 2)),
    ...u16(count),
    ...bitset,
  ];
  const bytes = Uint8Array.from([...body, ...u16(crc16(Uint8Array.from(body)))]);
  return encodeBase32(bytes)
    .match(/.{1,4}/g)!
    .join('-');
}

export type DecodedCode =
  | {
      ok: true;
      groupHash: number;
      pathVersion: number;
      date: Date;
      hours: number;
      count: number;
      studiedIndexes: number[];
    }
  | { ok: false; reason: 'empty' | 'characters' | 'length' | 'checksum' | 'version' };

/** Decodes a typed or scanned code; spaces, dashes and case are ignored. */
export function decodeCompletionCode(input: string): DecodedCode {
  const text = input.replace(/[\s-]/g, '');
  if (!text) return { ok: false, reason: 'empty' };
  const bytes = decodeBase32(text);
  if (!bytes) return { ok: false, reason: 'characters' };
  if (bytes.length < 13) return { ok: false, reason: 'length' };
  const count = read16(bytes, 9);
  const expected = 11 + Math.ceil(count / 8) + 2;
  if (bytes.length !== expected)
    return { ok: false, reason: bytes.length < expected ? 'length' : 'checksum' };
  // The last character also carries padding bits the CRC cannot see; a changed one must not pass.
  const exact = encodeBase32(bytes) === normaliseBase32(text);
  if (!exact || crc16(bytes.subarray(0, expected - 2)) !== read16(bytes, expected - 2))
    return { ok: false, reason: 'checksum' };
  if (bytes[0] !== VERSION) return { ok: false, reason: 'version' };
  const studiedIndexes = Array.from({ length: count }, (_, i) => i).filter(
    (i) => bytes[11 + (i >> 3)]! & (0x80 >> (i & 7)),
  );
  return {
    ok: true,
    groupHash: read16(bytes, 1),
    pathVersion: read16(bytes, 3),
    date: new Date(EPOCH + read16(bytes, 5) * DAY_MS),
    hours: read16(bytes, 7) / 2,
    count,
    studiedIndexes,
  };
}

function u16(value: number): [number, number] {
  return [(value >> 8) & 0xff, value & 0xff];
}

function read16(bytes: Uint8Array, offset: number): number {
  return (bytes[offset]! << 8) | bytes[offset + 1]!;
}
