/**
 * The exported workbook (导出 Excel/CSV): 学时台账 with every member, 未完成, 按类别汇总 (the 上报表
 * figures by group and by 党小组) and 签到记录 (every mark, one line each). The sheets are plain
 * tables for `writeWorkbook`/`writeCsv`; the CSV is the 学时台账 sheet alone.
 */
import type { TableColumn, TableSheet } from '../spreadsheet/types.ts';
import { MARK_LABELS } from './attendance.ts';
import type { Ledger } from './ledger-state.ts';
import { MEMBER_COLUMNS, memberRow, REPORT_COLUMNS, reportRows } from './ledger-table.ts';
import { SESSION_KIND_LABELS, sittingsOf } from './sessions.ts';
import { ledgerReport, memberTotals, unfinished, type LedgerTotals } from './totals.ts';

export const SHEET_NAMES = {
  members: '学时台账',
  unfinished: '未完成',
  report: '按类别汇总',
  attendance: '签到记录',
} as const;

const ATTENDANCE_COLUMNS: readonly TableColumn[] = [
  { header: '日期', kind: 'text' },
  { header: '活动', kind: 'text' },
  { header: '类型', kind: 'text' },
  { header: '学时', kind: 'number' },
  { header: '序号', kind: 'number' },
  { header: '姓名', kind: 'text' },
  { header: '编号', kind: 'text' },
  { header: '签到', kind: 'text' },
];

type SheetInput = Pick<Ledger, 'groups' | 'roster' | 'codes' | 'sessions' | 'attendance'>;

export function memberSheet(ledger: SheetInput, totals: LedgerTotals = memberTotals(ledger)): TableSheet {
  return {
    name: SHEET_NAMES.members,
    columns: MEMBER_COLUMNS,
    rows: totals.members.map((member) => memberRow(member, ledger.groups)),
  };
}

/** Every mark, by session date, then sitting, then roster order. */
function attendanceSheet(ledger: SheetInput): TableSheet {
  const sessions = [...ledger.sessions].sort((a, b) => a.date.localeCompare(b.date));
  const rows = sessions.flatMap((session) =>
    sittingsOf(session).flatMap((sitting) =>
      ledger.roster.flatMap((row) => {
        const mark = ledger.attendance[row.id]?.[sitting.id];
        if (!mark) return [];
        const kind = SESSION_KIND_LABELS[session.kind];
        return [
          [
            session.date,
            sitting.label,
            kind,
            session.hours,
            row.line,
            row.name,
            row.number,
            MARK_LABELS[mark],
          ],
        ];
      }),
    ),
  );
  return { name: SHEET_NAMES.attendance, columns: ATTENDANCE_COLUMNS, rows };
}

export function ledgerSheets(ledger: SheetInput): TableSheet[] {
  const totals = memberTotals(ledger);
  return [
    memberSheet(ledger, totals),
    {
      name: SHEET_NAMES.unfinished,
      columns: MEMBER_COLUMNS,
      rows: unfinished(totals).map((member) => memberRow(member, ledger.groups)),
    },
    { name: SHEET_NAMES.report, columns: REPORT_COLUMNS, rows: reportRows(ledgerReport(ledger, totals)) },
    attendanceSheet(ledger),
  ];
}

/** `支部学习台账-<支部>-<年度>.<ext>`, with the characters no file system takes replaced. */
export function exportFileName(ledger: Pick<Ledger, 'branch' | 'year'>, extension: 'xlsx' | 'csv'): string {
  const safe = [...ledger.branch.name].map((char) =>
    char < ' ' || '\\/:*?"<>|'.includes(char) ? '_' : char,
  );
  const branch = safe.join('').trim() || '支部';
  return `支部学习台账-${branch}-${ledger.year}.${extension}`;
}
