/**
 * 签到表 for one sitting (一场一签), printed from the roster: a row per member expected, with the
 * name printed and the 签名 and 请假/补学 cells left tall and empty for pen. The counts at the foot
 * are filled in by hand after the meeting; the secretary then ticks the ledger from this sheet.
 */
import type { Ledger } from '../../../lib/ledger/ledger-state.ts';
import { signInSheet } from '../../../lib/ledger/print-sheets.ts';
import type { RosterRow } from '../../../lib/ledger/roster-types.ts';
import { blank, element, table, type Column } from './dom.ts';
import { branchPlace, chineseDate, sheetHead } from './sheet-parts.ts';

const COLUMNS: Column<RosterRow>[] = [
  { label: '序号', className: 'cm-print__no', cell: (_, i) => i + 1 },
  { label: '姓名', className: 'cm-print__name', cell: (row) => row.name },
  { label: '党小组', className: 'cm-print__team', cell: (row) => row.team },
  { label: '签名', className: 'cm-print__sign', cell: () => '' },
  { label: '请假/补学', className: 'cm-print__leave', cell: () => '' },
];

/** The sheet, or undefined when the ledger has no such sitting (any more). */
export function renderSignIn(
  ledger: Ledger,
  sittingId: string,
): { title: string; nodes: Node[] } | undefined {
  const sheet = signInSheet(ledger, sittingId);
  if (!sheet) return undefined;
  const { session, sitting } = sheet;
  const title = `签到表：${sitting.label}`;
  return {
    title,
    nodes: [
      ...sheetHead(title, [
        `支部：${branchPlace(ledger) || '（未填写）'}`,
        `${sheet.kindLabel}：${sitting.label}`,
        `参加对象：${sheet.groupName}`,
        `日期：${chineseDate(session.date)}`,
        `学时：${session.hours} 学时`,
      ]),
      element('p', { className: 'cm-print__fill' }, [blank('地点'), blank('主持人')]),
      table('cm-print__table cm-print__table--signin', COLUMNS, sheet.rows),
      element('p', { className: 'cm-print__fill cm-print__counts' }, [
        blank('应到（人）'),
        blank('实到（人）'),
        blank('请假（人）'),
        blank('记录人'),
      ]),
    ],
  };
}
