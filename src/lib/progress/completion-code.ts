/**
 * A short code that records which required modules of a group's yearly plan a member studied, and
 * who the member is, so a branch secretary can check it on paper or by scanning, and a member can
 * restore their progress on a new phone. Decoded in the browser with no server.
 *
 * Bytes (format 3):
 *   format(1)      low nibble 3; bit 7 set when ratings follow, bit 6 when a survey follows;
 *                  bits 4–5 zero
 *   group(2)       hash16 of the group id
 *   plan-year(1)   year − 2000
 *   fingerprint(2) pathFingerprint of the plan's required codes in order (the plan version)
 *   day(2)         days since 2024-01-01, Beijing calendar day the code was made
 *   person(3)      personKey(name, number): binds the code to one roster row
 *   count(2)       number of required modules in the plan
 *   bitset(⌈n/8⌉)  one bit per module in plan order, MSB first
 *   ratings        only with bit 7: 3 bits per studied module in bitset order, 0 none,
 *                  1 很满意 … 4 不满意, zero-padded to whole bytes
 *   survey         only with bit 6: topics known T(1), then a ⌈T/8⌉-byte bitset over the topic
 *                  ids in topics.yaml order (survey-bytes.ts)
 *   crc(2)         CRC-16/CCITT-FALSE of everything before
 * written in Crockford Base32 in groups of four. A plan of 8 modules without ratings gives 26
 * characters. Format 3 carries no 学时: they follow from the plan, and /verify/ recomputes them.
 * Formats 1 and 2 (legacy-code.ts) still decode. The CRC catches typos and casual edits; without
 * a server no code can be made unforgeable, which the verify page says.
 */
import { DAY_MS } from '../platform/calendar.ts';
import { decodeBase32, encodeBase32, normaliseBase32 } from './base32.ts';
import { crc16, hash16, pathFingerprint } from '../plans/checksums.ts';
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
import { legacyLength, readLegacy } from './legacy-code.ts';
import { isRating, type Rating } from './ratings.ts';
import {
  noSurvey,
  packSurvey,
  readSurvey,
  SURVEY_FLAG,
  surveyLength,
  type DecodedSurvey,
  type SurveyAnswer,
} from './survey-bytes.ts';

const FORMAT = 3;
const RATINGS_FLAG = 0x80;
const HEADER = 13;

export interface CompletionRecord {
  groupId: string;
  planYear: number;
  /** Codes of the plan's required modules, in plan order. */
  pathCodes: readonly string[];
  /** Codes of the modules the member marked as studied. */
  studied: ReadonlySet<string>;
  /** `personKey(name, number)` of the member. */
  person: number;
  /** The member's ratings of studied modules; others are left out. */
  ratings?: ReadonlyMap<string, Rating> | undefined;
  /** The member's needs survey (培训需求调研); carried only when a known topic is ticked. */
  survey?: SurveyAnswer | undefined;
  /** The calendar day the code was made (`calendarToday()`: Beijing's day at midnight UTC). */
  date: Date;
}

export function encodeCompletionCode(record: CompletionRecord): string {
  const studiedCodes = record.pathCodes.filter((code) => record.studied.has(code));
  const ratings = studiedCodes.map((code) => record.ratings?.get(code) ?? 0);
  const rated = ratings.some((rating) => rating > 0);
  const survey = record.survey && packSurvey(record.survey);
  return finishCode([
    FORMAT | (rated ? RATINGS_FLAG : 0) | (survey ? SURVEY_FLAG : 0),
    ...u16(hash16(record.groupId)),
    (record.planYear - YEAR_BASE) & 0xff,
    ...u16(pathFingerprint(record.pathCodes)),
    ...u16(dayNumber(record.date)),
    (record.person >> 16) & 0xff,
    ...u16(record.person),
    ...u16(record.pathCodes.length),
    ...packBitset(record.pathCodes, record.studied),
    ...(rated ? packRatings(ratings) : []),
    ...(survey ?? []),
  ]);
}

export interface DecodedFields extends DecodedSurvey {
  format: 1 | 2 | 3;
  groupHash: number;
  /** The plan year; undefined for a format-1 code, made for the study path before yearly plans. */
  planYear: number | undefined;
  /** Fingerprint of the required codes in order (`pathFingerprint`). */
  pathVersion: number;
  date: Date;
  /** 学时 the code claims (formats 1 and 2); format 3 carries none. */
  hours: number | undefined;
  count: number;
  studiedIndexes: number[];
  /** Bits set in the bitset past `count`: no encoder writes them. */
  strayBits: number;
  /** `personKey` of the member (format 3). */
  person: number | undefined;
  /** Rating per studied module's index in the plan. */
  ratings: Map<number, Rating>;
}

export type FailureReason = 'empty' | 'characters' | 'length' | 'checksum' | 'version' | 'layout';
export type DecodedCode = ({ ok: true } & DecodedFields) | { ok: false; reason: FailureReason };

/**
 * Decodes a typed or scanned code of any format; spaces, dashes and case are ignored. `topicIds`,
 * every taxonomy topic id in topics.yaml order, names the topics of a needs survey in the code.
 */
export function decodeCompletionCode(input: string, topicIds: readonly string[] = []): DecodedCode {
  const text = input.replace(/[\s-]/g, '');
  if (!text) return { ok: false, reason: 'empty' };
  const bytes = decodeBase32(text);
  if (!bytes) return { ok: false, reason: 'characters' };
  const current = (bytes[0]! & 0x0f) === FORMAT;
  const expected = current ? currentLength(bytes) : legacyLength(bytes);
  if (expected === undefined || bytes.length < expected) return { ok: false, reason: 'length' };
  if (bytes.length > expected) return { ok: false, reason: 'checksum' };
  // The last character also carries padding bits the CRC cannot see; a changed one must not pass.
  const exact = encodeBase32(bytes) === normaliseBase32(text);
  if (!exact || crc16(bytes.subarray(0, expected - 2)) !== read16(bytes, expected - 2))
    return { ok: false, reason: 'checksum' };
  if (current && (bytes[0]! & 0x30) !== 0) return { ok: false, reason: 'version' };
  if (!current && bytes[0] !== 1 && bytes[0] !== 2) return { ok: false, reason: 'version' };
  if (!current) return { ok: true, ...readLegacy(bytes), ...noSurvey() };
  const fields = readCurrent(bytes, topicIds);
  return fields ? { ok: true, ...fields } : { ok: false, reason: 'layout' };
}

function studiedCount(bytes: Uint8Array, count: number): number {
  return readBitset(bytes.subarray(HEADER, HEADER + Math.ceil(count / 8)), count).studied.length;
}

/** Where the bitset, the ratings and the survey end; undefined while the bytes are too few to tell. */
function sections(bytes: Uint8Array) {
  if (bytes.length < HEADER + 2) return undefined;
  const count = read16(bytes, HEADER - 2);
  const bitsetEnd = HEADER + Math.ceil(count / 8);
  if (bytes.length < bitsetEnd + 2) return undefined;
  const ratings = bytes[0]! & RATINGS_FLAG ? Math.ceil((studiedCount(bytes, count) * 3) / 8) : 0;
  const ratingsEnd = bitsetEnd + ratings;
  const survey = bytes[0]! & SURVEY_FLAG ? surveyLength(bytes, ratingsEnd) : 0;
  return survey === undefined ? undefined : { count, bitsetEnd, ratingsEnd, surveyEnd: ratingsEnd + survey };
}

function currentLength(bytes: Uint8Array): number | undefined {
  const ends = sections(bytes);
  return ends && ends.surveyEnd + 2;
}

function readCurrent(bytes: Uint8Array, topicIds: readonly string[]): DecodedFields | undefined {
  const { count, bitsetEnd, ratingsEnd, surveyEnd } = sections(bytes)!;
  const { studied, stray } = readBitset(bytes.subarray(HEADER, bitsetEnd), count);
  const survey =
    bytes[0]! & SURVEY_FLAG ? readSurvey(bytes.subarray(ratingsEnd, surveyEnd), topicIds) : noSurvey();
  if (!survey) return undefined;
  const ratings = new Map<number, Rating>();
  if (bytes[0]! & RATINGS_FLAG) {
    const values = unpackRatings(bytes.subarray(bitsetEnd, ratingsEnd), studied.length);
    if (!values) return undefined;
    studied.forEach((index, i) => {
      if (isRating(values[i])) ratings.set(index, values[i]);
    });
  }
  return {
    format: 3,
    groupHash: read16(bytes, 1),
    planYear: YEAR_BASE + bytes[3]!,
    pathVersion: read16(bytes, 4),
    date: new Date(CODE_EPOCH + read16(bytes, 6) * DAY_MS),
    hours: undefined,
    count,
    studiedIndexes: studied,
    strayBits: stray,
    person: (bytes[8]! << 16) | read16(bytes, 9),
    ratings,
    ...survey,
  };
}

function packRatings(ratings: readonly number[]): number[] {
  const bytes = new Array<number>(Math.ceil((ratings.length * 3) / 8)).fill(0);
  ratings.forEach((rating, i) => {
    for (let bit = 0; bit < 3; bit++)
      if (rating & (4 >> bit)) bytes[(i * 3 + bit) >> 3]! |= 0x80 >> ((i * 3 + bit) & 7);
  });
  return bytes;
}

/** 3-bit values, or undefined when one is past 4 or the padding is not zero (no encoder does it). */
function unpackRatings(bytes: Uint8Array, count: number): number[] | undefined {
  const bit = (i: number) => (bytes[i >> 3]! & (0x80 >> (i & 7)) ? 1 : 0);
  const values = Array.from(
    { length: count },
    (_, i) => (bit(i * 3) << 2) | (bit(i * 3 + 1) << 1) | bit(i * 3 + 2),
  );
  for (let i = count * 3; i < bytes.length * 8; i++) if (bit(i)) return undefined;
  return values.every((value) => value <= 4) ? values : undefined;
}
