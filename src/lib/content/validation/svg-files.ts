import type { SourceFile } from '../files/sources.ts';
import { findActiveSvgContent, type SvgFinding } from '../../security/svg-active-content.ts';
import { createIssue, type ContentIssue } from './issue.ts';

/**
 * Every SVG that the build may copy into dist/ (beside modules and pages under content/, and
 * anywhere in public/) is checked for active content before the build, so the lecturer sees
 * the file and line; after the build the same detector scans dist/ (src/lib/built-site/secure-site.ts).
 */
export function checkSvgFiles(svgs: readonly SourceFile[]): ContentIssue[] {
  return svgs.flatMap(({ file, text }) =>
    findActiveSvgContent(text).map((finding) => svgIssue(file, finding)),
  );
}

/** One finding as a checker issue; the field is the attribute when there is one. */
export function svgIssue(file: string, finding: SvgFinding): ContentIssue {
  const at = { file, line: finding.line, column: finding.column, field: 'svg' };
  const { element } = finding;
  switch (finding.kind) {
    case 'element':
      return createIssue('svg-element', at, { element });
    case 'event-handler':
      return createIssue(
        'svg-event-handler',
        { ...at, field: finding.attribute },
        { element, attribute: finding.attribute },
      );
    case 'animation':
      return createIssue(
        'svg-animation',
        { ...at, field: finding.attribute },
        { element, target: finding.target },
      );
    case 'reference':
      return createIssue('svg-reference', { ...at, field: finding.attribute }, finding);
    case 'css':
      return createIssue('svg-css', { ...at, field: finding.attribute ?? 'svg' }, finding);
    case 'declaration':
      return createIssue('svg-declaration', at, finding);
    case 'unreadable':
      return createIssue('svg-unreadable', at, finding);
  }
}
