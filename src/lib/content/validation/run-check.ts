import { isCi } from '../../platform/ci.ts';
import { hasErrors } from './issue.ts';
import { formatGithubAnnotation, formatIssue, formatSummary } from './report.ts';
import { readContentSources } from '../files/sources.ts';
import { validateContent, type ContentReport } from './validate-content.ts';
import { EXIT } from './check-output.ts';

export interface CheckOutput {
  report: ContentReport;
  lines: string[];
  exitCode: number;
}

/** Reads and validates the content under `root`; returns what to print and how to exit. */
export function runContentCheck(
  root: string,
  // Any CI service, however it says so (`CI=1`, `GITLAB_CI`): there a missing registry history fails.
  { github = false, ci = isCi(process.env) } = {},
): CheckOutput {
  const report = validateContent(readContentSources(root), { ci });
  const lines = report.issues.map(formatIssue);
  if (github) lines.push(...report.issues.map(formatGithubAnnotation));
  lines.push(formatSummary(report.issues, report.moduleFiles));
  return { report, lines, exitCode: hasErrors(report.issues) ? EXIT.contentErrors : EXIT.ok };
}
