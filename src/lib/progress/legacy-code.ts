/**
 * Formats 1 and 2, the completion codes handed out before codes named a person. They still decode
 * so that every code ever printed can be checked, and tests encode them to prove that /verify/
 * does not believe what they claim.
 *
 * Bytes: format(1) group(2) [plan-year(1), format 2 only] plan-fingerprint(2) day(2) half-hours(2)
 * module-count(2) bitset(⌈n/8⌉) crc(2). The half-hours field is the 学时 the member's phone added
 * up; /verify/ recomputes it from the plan and refuses a code whose field disagrees.
 */
import { DAY_MS } from '../platform/calendar.ts';
import { pathFingerprint, hash16 } from '../plans/checksums.ts';
import {
  CODE_EPOCH,
  dayNumber,
  finishCode,
  packBitset,
  read16,
  readBitset,
  u16,
  YEAR_BASE,
} from './code-bytes.ts';

export interface LegacyRecord {
  groupId: string;
  pathCodes: readonly string[];
  /** With a year the code is format 2; without, format 1 (the study path before yearly plans). */
  planYear?: number | undefined;
  studied: ReadonlySet<string>;
  hours: number;
  date: Date;
}

export function encodeLegacyCode(record: LegacyRecord): string {
  const year = record.planYear === undefined ? [] : [(record.planYear - YEAR_BASE) & 0xff];
  return finishCode([
    year.length ? 2 : 1,
    ...u16(hash16(record.groupId)),
    ...year,
    ...u16(pathFingerprint(record.pathCodes)),
    ...u16(dayNumber(record.date)),
    ...u16(Math.round(record.hours * 2)),
    ...u16(record.pathCodes.length),
    ...packBitset(record.pathCodes, record.studied),
  ]);
}

/** The length a format-1 or -2 code must have, or undefined when too few bytes to tell. */
export function legacyLength(bytes: Uint8Array): number | undefined {
  const header = bytes[0] === 2 ? 12 : 11;
  if (bytes.length < header + 2) return undefined;
  return header + Math.ceil(read16(bytes, header - 2) / 8) + 2;
}

/** The fields of a format-1 or -2 code whose length and CRC were checked. */
export function readLegacy(bytes: Uint8Array) {
  const shift = bytes[0] === 2 ? 1 : 0;
  const count = read16(bytes, 9 + shift);
  const { studied, stray } = readBitset(bytes.subarray(11 + shift, bytes.length - 2), count);
  return {
    format: (shift ? 2 : 1) as 1 | 2,
    groupHash: read16(bytes, 1),
    planYear: shift ? YEAR_BASE + bytes[3]! : undefined,
    pathVersion: read16(bytes, 3 + shift),
    date: new Date(CODE_EPOCH + read16(bytes, 5 + shift) * DAY_MS),
    hours: read16(bytes, 7 + shift) / 2,
    count,
    studiedIndexes: studied,
    strayBits: stray,
    person: undefined,
    ratings: new Map(),
  };
}
