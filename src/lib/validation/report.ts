import type { ContentIssue } from './issue.ts';

/** `file:line  field  message  (允许: …)` — one line per problem, for terminals and editors. */
export function formatIssue(issue: ContentIssue): string {
  const place = `${issue.file}:${issue.line}${issue.column ? `:${issue.column}` : ''}`;
  const level = issue.severity === 'warning' ? '警告 ' : '';
  const allowed = issue.allowed ? `  (允许: ${issue.allowed})` : '';
  return `${place}  ${issue.field}  ${level}${issue.message}${allowed}`;
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
  const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const properties = [`file=${escapeProperty(issue.file)}`, `line=${issue.line}`];
  if (issue.column) properties.push(`col=${issue.column}`);
  properties.push(`title=${escapeProperty(issue.field)}`);
  const allowed = issue.allowed ? `（允许: ${issue.allowed}）` : '';
  return `::${issue.severity} ${properties.join(',')}::${escapeData(issue.message + allowed)}`;
}
