/**
 * Sheet names Excel and WPS accept: at most 31 characters, none of : \ / ? * [ ], no apostrophe
 * at either end, not "History" (Excel reserves it), and unique ignoring case. Excel refuses to
 * open a workbook that breaks any of these, so names are mended here rather than rejected: the
 * names come from group and session titles the secretary typed.
 */

const MAX_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/gu;
const RESERVED = 'history';

/** The longest start of `text` that fits in `length` UTF-16 units without splitting a character. */
function truncate(text: string, length: number): string {
  let result = '';
  for (const char of text) {
    if (result.length + char.length > length) break;
    result += char;
  }
  return result;
}

function cleanName(name: string, index: number): string {
  const cleaned = name
    .replace(FORBIDDEN, '_')
    .replace(/^'+|'+$/gu, '')
    .trim();
  const named = cleaned === '' ? `工作表${index + 1}` : cleaned;
  return truncate(named, MAX_LENGTH).replace(/'+$/u, '');
}

/** Safe, distinct names in the same order; a repeated name gets " (2)", " (3)" … */
export function safeSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>([RESERVED]);
  return names.map((name, index) => {
    const base = cleanName(name, index);
    let candidate = base;
    for (let copy = 2; taken.has(candidate.toLowerCase()); copy++) {
      const suffix = ` (${copy})`;
      candidate = truncate(base, MAX_LENGTH - suffix.length) + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
