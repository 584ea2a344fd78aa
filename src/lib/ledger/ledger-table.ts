/**
 * The 学时台账 table: one row per member with the figures of `totals.ts`, as text and numbers
 * ready to show. The page's 学时统计 table and the exported sheets are both built from here, so
 * the screen, the .xlsx and the CSV always show the same cells (a test reads them back and
 * compares). Nothing is computed here beyond formatting.
 */
import type { TableCell, TableColumn } from '../spreadsheet/types.ts';
import type { Ledger } from './ledger-state.ts';
import type { ledgerReport, MemberTotal, ReportLine } from './totals.ts';

export const MET_LABELS = { met: '达标', unmet: '未达标' } as const;

export const MEMBER_COLUMNS: readonly TableColumn[] = [
  { header: '序号', kind: 'number' },
  { header: '姓名', kind: 'text' },
  { header: '编号', kind: 'text' },
  { header: '党员类别', kind: 'text' },
  { header: '党小组', kind: 'text' },
  { header: '集中学时', kind: 'number' },
  { header: '自学学时', kind: 'number' },
  { header: '合计', kind: 'number' },
  { header: '要求', kind: 'number' },
  { header: '还差', kind: 'number' },
  { header: '达标', kind: 'text' },
];

/** One member's row, in the order of `MEMBER_COLUMNS`. */
export function memberRow(member: MemberTotal, groups: Ledger['groups']): TableCell[] {
  return [
    member.row.line,
    member.row.name,
    member.row.number,
    groups[member.groupId]?.name ?? member.row.group,
    member.row.team,
    member.collective,
    member.self,
    member.total,
    member.required,
    member.missing,
    member.met ? MET_LABELS.met : MET_LABELS.unmet,
  ];
}

export const REPORT_COLUMNS: readonly TableColumn[] = [
  { header: '分类', kind: 'text' },
  { header: '名称', kind: 'text' },
  { header: '人数', kind: 'number' },
  { header: '参学人数', kind: 'number' },
  { header: '人次', kind: 'number' },
  { header: '总学时', kind: 'number' },
  { header: '人均学时', kind: 'number' },
  { header: '达标人数', kind: 'number' },
  { header: '达标率', kind: 'text' },
];

/** 达标率 as people read it: `85.3%`, one decimal, `—` when there is nobody to count. */
export function formatRate(line: Pick<ReportLine, 'members' | 'rate'>): string {
  return line.members ? `${(Math.round(line.rate * 1000) / 10).toFixed(1)}%` : '—';
}

/** What a line of the 上报表 adds up: the whole branch, one 党员类别, or one 党小组. */
export const REPORT_SCOPES = { overall: '全支部', group: '党员类别', team: '党小组' } as const;

/** One line of the 上报表, in the order of `REPORT_COLUMNS`. */
export function reportRow(line: ReportLine, scope: keyof typeof REPORT_SCOPES): TableCell[] {
  return [
    REPORT_SCOPES[scope],
    line.label,
    line.members,
    line.participants,
    line.attendances,
    line.hours,
    line.average,
    line.met,
    formatRate(line),
  ];
}

/** The whole 上报表 as rows: the branch, each 党员类别, each 党小组. */
export function reportRows(report: ReturnType<typeof ledgerReport>): TableCell[][] {
  return [
    reportRow(report.overall, 'overall'),
    ...report.byGroup.map((line) => reportRow(line, 'group')),
    ...report.byTeam.map((line) => reportRow(line, 'team')),
  ];
}
