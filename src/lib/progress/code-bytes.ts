/**
 * The byte-level pieces every completion code format shares: big-endian fields, the bitset of
 * studied modules, and the typable form (Crockford Base32 in groups of four, CRC-16 at the end).
 */
import { DAY_MS } from '../platform/calendar.ts';
import { encodeBase32 } from './base32.ts';
import { crc16 } from '../plans/checksums.ts';

/** Day 0 of the code's day counter. */
export const CODE_EPOCH = Date.UTC(2024, 0, 1);
/** A plan year is stored as an offset from this year in one byte: 2000–2255. */
export const YEAR_BASE = 2000;

export function u16(value: number): [number, number] {
  return [(value >> 8) & 0xff, value & 0xff];
}

export function read16(bytes: Uint8Array, offset: number): number {
  return (bytes[offset]! << 8) | bytes[offset + 1]!;
}

/** One bit per module of the plan, in plan order, most significant bit first. */
export function packBitset(pathCodes: readonly string[], studied: ReadonlySet<string>): number[] {
  const bitset = new Array<number>(Math.ceil(pathCodes.length / 8)).fill(0);
  pathCodes.forEach((code, i) => {
    if (studied.has(code)) bitset[i >> 3]! |= 0x80 >> (i & 7);
  });
  return bitset;
}

/** The set bits of a bitset: those below `count` are studied modules, the rest are stray. */
export function readBitset(bytes: Uint8Array, count: number): { studied: number[]; stray: number } {
  const studied: number[] = [];
  let stray = 0;
  for (let i = 0; i < bytes.length * 8; i++) {
    if (!(bytes[i >> 3]! & (0x80 >> (i & 7)))) continue;
    if (i < count) studied.push(i);
    else stray++;
  }
  return { studied, stray };
}

/** Appends the CRC and writes the bytes as `XXXX-XXXX-…`. */
export function finishCode(body: readonly number[]): string {
  const bytes = Uint8Array.from([...body, ...u16(crc16(Uint8Array.from(body)))]);
  return encodeBase32(bytes)
    .match(/.{1,4}/g)!
    .join('-');
}

/** Days since the code epoch, never negative. */
export function dayNumber(date: Date): number {
  return Math.max(0, Math.floor((date.getTime() - CODE_EPOCH) / DAY_MS));
}
