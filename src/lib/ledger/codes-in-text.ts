/**
 * Finds every completion code in arbitrary text: a WeChat group chat copied whole, with names,
 * times, emoji and line breaks, or a column pasted from a sheet. A code is Crockford Base32 in
 * groups of four joined by dashes, in any case, and people break it with a space or a line break
 * where their phone wrapped it. Candidates are the runs of code characters and separators; inside
 * a run every token start is tried, and the code's own length and CRC say where it ends (the
 * decoder answers 'length' while too short), so no pattern has to guess the length. What looks
 * like a code (four or more dashed groups) but never decodes is reported as damaged.
 */
import { decodeCompletionCode, type DecodedCode, type DecodedFields } from '../progress/completion-code.ts';

export interface FoundCode {
  /** The code as the site writes it: `ABCD-EFGH-…`, upper case. */
  code: string;
  /** Offsets of the first and one past the last character in the text. */
  start: number;
  end: number;
  /** 1-based line of the text the code starts on. */
  line: number;
  decoded: ({ ok: true } & DecodedFields) | Extract<DecodedCode, { ok: false }>;
}

// Crockford's alphabet plus the letters it reads as digits (O, I, L); U is never in a code.
const CODE_CHAR = /[0-9A-TV-Z]/;
const SEPARATOR = /[\s\-‐‑‒–—－]/;
/** The longest code tried: a plan of 255 modules, every one rated (13 + 32 + 96 + 2 bytes). */
const MAX_CHARS = 230;

/** A run of code characters, with each one's offset in the original text and where tokens start. */
interface Run {
  chars: string;
  offsets: number[];
  tokenStarts: number[];
}

function readRuns(text: string): Run[] {
  const runs: Run[] = [];
  let run: Run = { chars: '', offsets: [], tokenStarts: [] };
  let afterSeparator = true;
  const flush = () => {
    if (run.chars) runs.push(run);
    run = { chars: '', offsets: [], tokenStarts: [] };
  };
  for (let i = 0; i < text.length; i++) {
    // Per character, so that offsets stay those of the original text (full-width Ａ is one char).
    const char = text[i]!.normalize('NFKC').toUpperCase();
    if (char.length === 1 && CODE_CHAR.test(char)) {
      if (afterSeparator) run.tokenStarts.push(run.chars.length);
      run.chars += char;
      run.offsets.push(i);
      afterSeparator = false;
    } else if (char.length === 1 && SEPARATOR.test(char)) afterSeparator = true;
    else {
      flush();
      afterSeparator = true;
    }
  }
  flush();
  return runs;
}

/** The number of characters from `start` that make one whole code, or undefined. */
function codeLengthAt(chars: string, start: number): number | undefined {
  // The shortest length the decoder no longer calls too short is the code's own length.
  let low = 1;
  let high = Math.min(MAX_CHARS, chars.length - start);
  const tooShort = (length: number) => {
    const decoded = decodeCompletionCode(chars.slice(start, start + length));
    return !decoded.ok && decoded.reason === 'length';
  };
  if (high < 1 || tooShort(high)) return undefined;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tooShort(middle)) low = middle + 1;
    else high = middle;
  }
  return decodeCompletionCode(chars.slice(start, start + low)).ok ? low : undefined;
}

const lineStarts = (text: string) => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
};

function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

const dashed = (chars: string) => chars.match(/.{1,4}/g)!.join('-');

/**
 * Every code in the text, valid or damaged, in the order they appear. `topicIds` (every taxonomy
 * topic id in topics.yaml order, from the page data) names the needs-survey topics a code carries;
 * a code's length does not depend on them.
 */
export function findCodesInText(text: string, topicIds: readonly string[] = []): FoundCode[] {
  const starts = lineStarts(text);
  const found: FoundCode[] = [];
  const taken: [number, number][] = [];
  for (const run of readRuns(text)) {
    let next = 0;
    for (const start of run.tokenStarts) {
      if (start < next) continue;
      const length = codeLengthAt(run.chars, start);
      if (length === undefined) continue;
      const chars = run.chars.slice(start, start + length);
      const decoded = decodeCompletionCode(chars, topicIds);
      if (!decoded.ok) continue;
      const from = run.offsets[start]!;
      const to = run.offsets[start + length - 1]! + 1;
      found.push({ code: dashed(chars), start: from, end: to, line: lineOf(starts, from), decoded });
      taken.push([from, to]);
      next = start + length;
    }
  }
  found.push(...findDamaged(text, taken, starts));
  return found.sort((a, b) => a.start - b.start);
}

// Four or more dash-joined groups, the first ones of four: the shape of a code, whatever is inside.
const CODE_SHAPE =
  /(?<![0-9A-Za-z])[0-9A-Za-z]{4}(?:[ \t]*[-－][ \t]*(?:\r?\n[ \t]*)?[0-9A-Za-z]{1,4}){3,}(?![0-9A-Za-z])/g;

function findDamaged(
  text: string,
  taken: readonly [number, number][],
  starts: readonly number[],
): FoundCode[] {
  const damaged: FoundCode[] = [];
  for (const match of text.matchAll(CODE_SHAPE)) {
    const from = match.index;
    const to = from + match[0].length;
    if (taken.some(([a, b]) => a < to && from < b)) continue;
    const chars = match[0].replace(/[\s\-－]/g, '').toUpperCase();
    const decoded = decodeCompletionCode(chars);
    if (decoded.ok) continue;
    damaged.push({ code: dashed(chars), start: from, end: to, line: lineOf(starts, from), decoded });
  }
  return damaged;
}
