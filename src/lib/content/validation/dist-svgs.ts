import type { SourceFile } from '../files/sources.ts';
import { formatIssue } from './report.ts';
import { svgIssue } from './svg-files.ts';
import { findActiveSvgContent } from '../../security/svg-active-content.ts';

/**
 * The build's proof that dist/ holds no active SVG, whatever put it there: the content check
 * has already refused lecturers' files, so a line here means the site's own code (the QR
 * routes), a dependency's asset or a route that copies files unchecked. Same detector, same
 * Chinese lines as `npm run check`, with paths relative to dist/.
 */
export function activeSvgLines(svgs: readonly SourceFile[]): string[] {
  return svgs.flatMap(({ file, text }) =>
    findActiveSvgContent(text).map((finding) => formatIssue(svgIssue(`dist/${file}`, finding))),
  );
}
