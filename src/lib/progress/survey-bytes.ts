/**
 * The needs survey (培训需求调研, issue 18) inside a format-3 completion code: the taxonomy topics a
 * member wants to study next year, so that a branch can count them from the codes it already
 * collects, with no form to hand in. Bytes: one byte T, the number of topics the member's site knew,
 * then a ⌈T/8⌉-byte bitset over topic ids in content/taxonomy/topics.yaml order, MSB first. T lets
 * a site that has added topics since still read an older code; the decoder names the topics by the
 * ordered id list it is given.
 */
import { packBitset, readBitset } from './code-bytes.ts';

/** Bit 6 of the format byte: a survey follows the ratings. */
export const SURVEY_FLAG = 0x40;
/** T is one byte: a site with more topics can carry only its first 255 in a code. */
export const SURVEY_TOPICS_MAX = 255;

export interface SurveyAnswer {
  /** Every topic id the site knows, in topics.yaml order. */
  topics: readonly string[];
  /** The ids the member ticked. */
  chosen: ReadonlySet<string>;
}

/** T and the bitset, or undefined when no known topic is ticked: then the code carries no survey. */
export function packSurvey(answer: SurveyAnswer): number[] | undefined {
  const topics = answer.topics.slice(0, SURVEY_TOPICS_MAX);
  if (!topics.some((topic) => answer.chosen.has(topic))) return undefined;
  return [topics.length, ...packBitset(topics, answer.chosen)];
}

/** The survey's length in bytes when it starts at `offset`, or undefined while T is not there yet. */
export function surveyLength(bytes: Uint8Array, offset: number): number | undefined {
  return offset < bytes.length ? 1 + Math.ceil(bytes[offset]! / 8) : undefined;
}

export interface DecodedSurvey {
  /** Ids of the ticked topics the decoding site knows, in topics.yaml order. */
  survey: string[];
  /** Ticked topics past the end of the decoder's list (a site with more topics made the code). */
  surveyUnknown: number;
}

/** Reads T and the bitset; undefined when a bit past T is set (no encoder writes one). */
export function readSurvey(bytes: Uint8Array, topicIds: readonly string[]): DecodedSurvey | undefined {
  const count = bytes[0]!;
  const { studied: chosen, stray } = readBitset(bytes.subarray(1), count);
  if (stray > 0) return undefined;
  return {
    survey: chosen.filter((i) => i < topicIds.length).map((i) => topicIds[i]!),
    surveyUnknown: chosen.filter((i) => i >= topicIds.length).length,
  };
}

/** What a code without the survey flag (and every format-1 or -2 code) decodes to. */
export const noSurvey = (): DecodedSurvey => ({ survey: [], surveyUnknown: 0 });
