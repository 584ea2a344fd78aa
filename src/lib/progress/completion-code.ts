import { DAY_MS } from '../calendar.ts';
import { decodeBase32, encodeBase32, normaliseBase32 } from './base32.ts';
import { crc16, hash16, pathFingerprint } from './checksums.ts';

/**
 * A short code that records which required modules of a group's yearly plan a member studied, so
 * a branch secretary can check it on paper or by scanning, decoded in the browser with no server.
 *
 * Bytes (format 2): format(1) group(2) plan-year(1) plan-fingerprint(2) day(2) half-hours(2)
 * module-count(2) bitset(n/8) crc(2), written in Crockford Base32 in groups of four. The year says
 * which plan a code belongs to even after that plan has changed; the fingerprint names the exact
 * version (`planVersion` in src/lib/plans/version.ts is the year and this fingerprint). Format 1,
 * issued before yearly plans, has no year byte; it still decodes. The CRC catches typos and casual
 * edits; without a server no code can be made unforgeable, which the verify page says.
 */
const FORMAT = 2;
const LEGACY_FORMAT = 1;
/** The plan year is stored as an offset from this year in one byte: 2000–2255. */
const YEAR_BASE = 2000;
const EPOCH = Date.UTC(2024, 0, 1);

export interface CompletionRecord {
  groupId: string;
  /** Codes of the plan's required modules, in plan order. */
  pathCodes: readonly string[];
  /** The plan year; a record without one is written in format 1 (before yearly plans). */
  planYear?: number | undefined;
  /** Codes of the modules the member marked as studied. */
  studied: ReadonlySet<string>;
  /** 学时 of the studied modules. */
  hours: number;
  /** The calendar day the code was made (`calendarToday()`: Beijing's day at midnight UTC). */
  date: Date;
}

export function encodeCompletionCode(record: CompletionRecord): string {
  const count = record.pathCodes.length;
  const bitset = new Uint8Array(Math.ceil(count / 8));
  record.pathCodes.forEach((code, i) => {
    if (record.studied.has(code)) bitset[i >> 3]! |= 0x80 >> (i & 7);
  });
  const day = Math.max(0, Math.floor((record.date.getTime() - EPOCH) / DAY_MS));
  const year = record.planYear === undefined ? [] : [(record.planYear - YEAR_BASE) & 0xff];
  const body = [
    year.length ? FORMAT : LEGACY_FORMAT,
    ...u16(hash16(record.groupId)),
    ...year,
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
      /** The plan year; undefined for a format-1 code, made for the study path before yearly plans. */
      planYear: number | undefined;
      /** Fingerprint of the required codes in order (`pathFingerprint`). */
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
  // Fields after the group move by the year byte; the format byte says whether it is there.
  const shift = bytes[0] === FORMAT ? 1 : 0;
  const header = 11 + shift;
  if (bytes.length < header + 2) return { ok: false, reason: 'length' };
  const count = read16(bytes, header - 2);
  const expected = header + Math.ceil(count / 8) + 2;
  if (bytes.length !== expected)
    return { ok: false, reason: bytes.length < expected ? 'length' : 'checksum' };
  // The last character also carries padding bits the CRC cannot see; a changed one must not pass.
  const exact = encodeBase32(bytes) === normaliseBase32(text);
  if (!exact || crc16(bytes.subarray(0, expected - 2)) !== read16(bytes, expected - 2))
    return { ok: false, reason: 'checksum' };
  if (bytes[0] !== FORMAT && bytes[0] !== LEGACY_FORMAT) return { ok: false, reason: 'version' };
  const studiedIndexes = Array.from({ length: count }, (_, i) => i).filter(
    (i) => bytes[header + (i >> 3)]! & (0x80 >> (i & 7)),
  );
  return {
    ok: true,
    groupHash: read16(bytes, 1),
    planYear: shift ? YEAR_BASE + bytes[3]! : undefined,
    pathVersion: read16(bytes, 3 + shift),
    date: new Date(EPOCH + read16(bytes, 5 + shift) * DAY_MS),
    hours: read16(bytes, 7 + shift) / 2,
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
