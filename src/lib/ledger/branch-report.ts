/**
 * The branch's report file (上报文件, version 2, src/lib/reports/): what the ledger sends up once a
 * year. Its figures are the ones every level sums (groups, 学时, 列席 coverage, evaluations per
 * module, the needs survey); a branch's own file adds its sittings (人次 per session and batch) and
 * its 列席 entries, and the member list only when the secretary ticks 附上党员名单. Reading a file
 * back is `parseReportFile` in src/lib/reports, the organizer's reader.
 */
import { signReport } from '../reports/report-file.ts';
import {
  REPORT_FORMAT,
  REPORT_VERSION,
  type ReportContent,
  type ReportFile,
} from '../reports/report-schema.ts';
import { ledgerEvaluations, ledgerSurvey } from './evaluations.ts';
import type { Ledger } from './ledger-state.ts';
import { reportGroups, reportHours, reportMembers, reportSittings } from './report-figures.ts';
import { memberTotals } from './totals.ts';
import { reportAttendees, visitFigures } from './visits.ts';

export interface BranchReportOptions {
  /** 附上党员名单: each member's name and 学时, and the 列席 attendees' names. Off unless ticked. */
  includeMembers: boolean;
  now?: Date;
}

/**
 * Why the file cannot be made yet, or undefined: the organizer files a report under its 集团 and
 * 二级单位 (and refuses a branch file without them), which the setup form leaves optional.
 */
export function reportBlocker(ledger: Pick<Ledger, 'branch'>): string | undefined {
  const { name, unit, company } = ledger.branch;
  const missing = [!unit.trim() && '二级单位', !company.trim() && '集团'].filter(Boolean);
  if (!name.trim()) return '请先在「单位与年度」中填写支部名称。';
  if (missing.length === 0) return undefined;
  return `上级按集团和二级单位汇总上报文件：请先在「单位与年度」中填写${missing.join('和')}，再导出上报文件。`;
}

/** The file's content before it is signed: pure and synchronous, for the tests. */
export function branchReportContent(ledger: Ledger, options: BranchReportOptions): ReportContent {
  const totals = memberTotals(ledger);
  const sittings = reportSittings(ledger, totals);
  const place = { company: ledger.branch.company, unit: ledger.branch.unit, branch: ledger.branch.name };
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    createdAt: (options.now ?? new Date()).toISOString(),
    year: ledger.year,
    level: 'branch',
    place,
    figures: {
      branches: 1,
      groups: reportGroups(ledger, totals, sittings),
      hours: reportHours(totals.members),
      visits: visitFigures(ledger),
      evaluations: ledgerEvaluations(ledger),
      survey: ledgerSurvey(ledger),
    },
    reported: [place],
    missing: [],
    sittings,
    attendees: reportAttendees(ledger, options.includeMembers),
    ...(options.includeMembers ? { members: reportMembers(totals) } : {}),
  };
}

/** The signed file: serialise it with `serialiseReportFile`, name it with `reportFileName`. */
export const createBranchReport = (ledger: Ledger, options: BranchReportOptions): Promise<ReportFile> =>
  signReport(branchReportContent(ledger, options));
