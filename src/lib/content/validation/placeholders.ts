import { createIssue, type ContentIssue } from './issue.ts';

/** Marks text that `npm run new` wrote for the lecturer to replace. */
export const PLACEHOLDER = '【待填写】';

/**
 * A published module must not keep template text: drafts may (that is what makes a fresh
 * scaffold pass the check), but members should never read 【待填写】. Points at the first one.
 */
export function checkPlaceholders(file: string, text: string, bodyLine: number): ContentIssue[] {
  const lines = text.split('\n');
  const hits = lines.flatMap((line, index) => (line.includes(PLACEHOLDER) ? [index] : []));
  const first = hits[0];
  if (first === undefined) return [];
  const count = lines.reduce((total, line) => total + line.split(PLACEHOLDER).length - 1, 0);
  const field = first + 1 >= bodyLine ? 'body' : frontmatterKeyAt(lines, first);
  const at = { file, line: first + 1, column: lines[first]!.indexOf(PLACEHOLDER) + 1, field };
  return [createIssue('placeholder-left', at, { count })];
}

/** The top-level frontmatter key whose value spans line `index` (list items sit under their key). */
function frontmatterKeyAt(lines: string[], index: number): string {
  for (let i = index; i >= 0; i--) {
    const key = /^([A-Za-z]\w*):/.exec(lines[i]!)?.[1];
    if (key) return key;
  }
  return 'frontmatter';
}
