/**
 * The report file one level up: a 二级单位's rollup becomes a 二级单位上报文件 for its 集团, a
 * 集团's a 集团上报文件 for the level above, in the same format as a branch's (report-schema.ts),
 * so the next level rolls it up with the same page. It carries the summed figures, the branches
 * they cover and the branches still missing; never sittings, 列席 details or names.
 */
import {
  REPORT_FORMAT,
  REPORT_VERSION,
  type ReportContent,
  type ReportFile,
} from '../reports/report-schema.ts';
import { signReport } from '../reports/report-file.ts';
import type { Rollup } from './rollup.ts';

/** The content of the level-up file, or undefined above a 集团 (the format has no level there). */
export function levelUpContent(rollup: Rollup, now = new Date()): ReportContent | undefined {
  const { scope } = rollup;
  if (scope.level === 'above') return undefined;
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    createdAt: now.toISOString(),
    year: scope.year,
    level: scope.level,
    place: {
      company: scope.company.trim(),
      unit: scope.level === 'unit' ? scope.unit.trim() : '',
      branch: '',
    },
    figures: rollup.totals,
    reported: rollup.reported,
    missing: rollup.missing.map(({ company, unit, branch }) => ({ company, unit, branch })),
  };
}

/** The signed file, ready for `serialiseReportFile` and `reportFileName`. */
export async function createLevelUpReport(rollup: Rollup, now = new Date()): Promise<ReportFile | undefined> {
  const content = levelUpContent(rollup, now);
  return content && signReport(content);
}
