import { guidePage, sitePaths } from '../../routes/routes.ts';
import type { ContentIssue } from './issue.ts';
import type { GuideSection } from './issues.ts';

/** `file:line  field  message  (允许: …)` — one line per problem, for terminals and editors. */
export function formatIssue(issue: ContentIssue): string {
  const place = `${issue.file}:${issue.line}${issue.column ? `:${issue.column}` : ''}`;
  const level = issue.severity === 'warning' ? '警告 ' : '';
  const allowed = issue.allowed ? `  (允许: ${issue.allowed})` : '';
  return escapeLogLine(`${place}  ${issue.field}  ${level}${issue.message}${allowed}`);
}

/** Characters a log must not carry raw: C0 and C1 controls, DEL, line and paragraph separators, bidi controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Content as one inert line of a CI log. Messages quote lecturers' text (URLs, codes, titles): a
 * decoded newline there would start a new line that GitHub Actions reads as a workflow command
 * (`::add-mask::`, `::error::`), and a bidi control would make the log read differently from the
 * file. Controls are written out visibly (`\n`, `\u202E`), and a line that would still open with a
 * command marker (`::`, or the older `##`) after blanks, which the runner trims, gets that first
 * character escaped. Our own annotations are built around the escaped text, never passed through.
 */
export function escapeLogLine(text: string): string {
  return text
    .replace(CONTROL, (char) => NAMED[char] ?? unicodeEscape(char))
    .replace(/^(\s*)([:#])(?=\2)/, (_, blank: string, mark: string) => blank + unicodeEscape(mark));
}

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export function formatSummary(issues: ContentIssue[], moduleCount: number): string {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  if (issues.length === 0) return `内容检查通过：${moduleCount} 个模块，未发现问题。`;
  return `内容检查发现 ${errors} 个错误、${warnings} 个警告（共检查 ${moduleCount} 个模块）。`;
}

/** GitHub Actions workflow commands, so problems show up on the pull request's diff. */
export function formatGithubAnnotation(issue: ContentIssue): string {
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) =>
    escapeData(escapeLogLine(text)).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const properties = [`file=${escapeProperty(issue.file)}`, `line=${issue.line}`];
  if (issue.column) properties.push(`col=${issue.column}`);
  properties.push(`title=${escapeProperty(issue.field)}`);
  const allowed = issue.allowed ? `（允许: ${issue.allowed}）` : '';
  // The terminal line stays one line; on a pull request there is room to say where the fix is explained.
  const guide = issue.guide ? `\n改法见授课人指南：${guidePath(issue.guide)}` : '';
  return `::${issue.severity} ${properties.join(',')}::${escapeData(escapeLogLine(issue.message + allowed) + guide)}`;
}

/** Where the lecturer guide explains a problem, as a path on the site: `guide/writing/#图片`. */
export function guidePath(section: GuideSection): string {
  const [page, anchor] = section.split('#');
  return sitePaths.page(guidePage(page)) + (anchor ? `#${anchor}` : '');
}
