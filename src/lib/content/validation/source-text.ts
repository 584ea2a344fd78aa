import type { SourceFile } from '../files/sources.ts';
import { createIssue, type ContentIssue } from './issue.ts';

/**
 * Size limits of one module or page, in KB. Past the first a phone on a weak network waits and
 * the build slows down noticeably (a 5 MB module once took the build from one minute to six and
 * a half); past the second the page is not usable, so the check stops it.
 */
export const SIZE_LIMITS_KB = { warning: 200, error: 1024 } as const;

/**
 * Checks what the build would otherwise die on before any parsing: a byte-order mark, bytes that
 * are not UTF-8 (read as U+FFFD), and the size limits. Returns the text without its BOM, so the
 * other checks still run and do not report the BOM as missing frontmatter.
 */
export function checkSourceText({ file, text }: SourceFile): {
  text: string;
  issues: ContentIssue[];
  /** True past the error limit: the body is not parsed, which alone would take seconds. */
  tooLarge: boolean;
} {
  const issues: ContentIssue[] = [];
  const hasBom = text.startsWith('\uFEFF');
  if (hasBom) issues.push(createIssue('file-bom', { file, line: 1, field: 'file' }));
  const invalid = text.indexOf('\uFFFD');
  if (invalid >= 0) {
    const line = text.slice(0, invalid).split('\n').length;
    issues.push(createIssue('file-encoding', { file, line, field: 'file' }));
  }
  const kb = Math.ceil(Buffer.byteLength(text, 'utf8') / 1024);
  const tooLarge = kb > SIZE_LIMITS_KB.error;
  if (tooLarge) {
    issues.push(
      createIssue('file-too-large', { file, line: 1, field: 'file' }, { kb, limit: SIZE_LIMITS_KB.error }),
    );
  } else if (kb > SIZE_LIMITS_KB.warning) {
    issues.push(
      createIssue('file-large', { file, line: 1, field: 'file' }, { kb, limit: SIZE_LIMITS_KB.warning }),
    );
  }
  return { text: hasBom ? text.slice(1) : text, issues, tooLarge };
}
