import { createIssue, type ContentIssue } from './issue.ts';

// Personal data never goes on the site: registries hold public contact details only, and a mobile
// number or an ID number in any file the checker reads here is an error at its line and column.
// Numbers are found however they are spelt: full-width digits (１３８…), spaces, dashes or dots
// between digits, a +86 in front.

/** Characters written between the digits of a number: spaces, dashes of every width, dots. */
const SEP = '[\\s\\-\u2010-\u2015\u2212.\u00b7]?';
const MOBILE = new RegExp(`(?<!\\d)(?:\\+?86${SEP})?1${SEP}[3-9](?:${SEP}\\d){9}(?!\\d)`, 'g');
const ID_NUMBER = new RegExp(`(?<!\\d)\\d(?:${SEP}\\d){16}${SEP}[\\dXx](?![\\dA-Za-z])`, 'g');

/** One personal number found in a line: what it looks like, and where it starts (1-based column). */
export interface PersonalNumber {
  kind: 'mobile' | 'id-number';
  text: string;
  column: number;
}

/**
 * Full-width digits, letters and dashes as their ASCII twins, one character for one, so columns
 * stay those of the line as written.
 */
function foldWidth(line: string): string {
  return line.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Whether 18 characters read as an ID number: a birth date at 7–14 (19xx or 20xx). */
function looksLikeIdNumber(text: string): boolean {
  const digits = text.replace(/[^\dXx]/g, '');
  return /^\d{6}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/.test(digits);
}

/** Every mobile and ID number in one line of text. */
export function findPersonalNumbers(line: string): PersonalNumber[] {
  const folded = foldWidth(line);
  const found: PersonalNumber[] = [];
  for (const match of folded.matchAll(ID_NUMBER)) {
    if (looksLikeIdNumber(match[0]))
      found.push({
        kind: 'id-number',
        text: line.slice(match.index, match.index + match[0].length),
        column: match.index + 1,
      });
  }
  for (const match of folded.matchAll(MOBILE)) {
    const inside = found.some(
      ({ column, text }) => match.index + 1 >= column && match.index < column - 1 + text.length,
    );
    if (!inside)
      found.push({
        kind: 'mobile',
        text: line.slice(match.index, match.index + match[0].length),
        column: match.index + 1,
      });
  }
  return found.sort((a, b) => a.column - b.column);
}

const KEY_LINE = /^(\s*)(?:-\s+)?([A-Za-z][\w-]*)\s*:/;

/**
 * The YAML key a line sets (`phone`, `bio`), or for a list item the key of the list above it
 * (`highlights`), for the issue's field; `text` when there is none.
 */
function fieldOf(lines: readonly string[], index: number): string {
  const own = KEY_LINE.exec(lines[index]!);
  if (own) return own[2]!;
  const indent = /^\s*/.exec(lines[index]!)![0].length;
  for (let i = index - 1; i >= 0; i--) {
    const key = KEY_LINE.exec(lines[i]!);
    if (key && key[1]!.length < indent) return key[2]!;
  }
  return 'text';
}

/**
 * Personal numbers in `files`, each at its line and column. `lastLine` limits a file to its first
 * lines (a module's frontmatter), leaving the body to its own checks.
 */
export function checkPersonalData(
  files: readonly { file: string; text: string; lastLine?: number | undefined }[],
): ContentIssue[] {
  return files.flatMap(({ file, text, lastLine }) => {
    const lines = text.split('\n').slice(0, lastLine);
    return lines.flatMap((line, index) =>
      findPersonalNumbers(line).map(({ kind, text: number, column }) =>
        createIssue(
          kind === 'mobile' ? 'personal-mobile' : 'personal-id-number',
          { file, line: index + 1, column, field: fieldOf(lines, index) },
          { text: number.trim() },
        ),
      ),
    );
  });
}
