/**
 * The A4 年度学习台账: every member with 集中 and 自学 学时 apart, the 合计 against the
 * requirement and 达标, then the subtotals by 党员类别, by 党小组 and for the branch. Every
 * figure is totals.ts's, so the paper and the screen and the .xlsx agree.
 */
import type { Ledger } from '../../../lib/ledger/ledger-state.ts';
import { ledgerSubtotals, type LedgerSubtotal } from '../../../lib/ledger/print-sheets.ts';
import { memberTotals, type MemberTotal } from '../../../lib/ledger/totals.ts';
import { element, table, type Column } from './dom.ts';
import { branchPlace, chineseDate, sheetHead } from './sheet-parts.ts';

const hours = 'cm-print__num';

export function renderLedger(ledger: Ledger, today: string): { title: string; nodes: Node[] } {
  const totals = memberTotals(ledger);
  const groupName = (id: string) => ledger.groups[id]?.name ?? id;
  const members: Column<MemberTotal>[] = [
    { label: '序号', className: 'cm-print__no', cell: (_, i) => i + 1 },
    { label: '姓名', className: 'cm-print__name', cell: (m) => m.row.name },
    { label: '类别', className: 'cm-print__group', cell: (m) => groupName(m.groupId) },
    { label: '党小组', className: 'cm-print__team', cell: (m) => m.row.team },
    { label: '集中学时', className: hours, cell: (m) => m.collective },
    { label: '自学学时', className: hours, cell: (m) => m.self },
    { label: '合计', className: hours, cell: (m) => m.total },
    { label: '要求', className: hours, cell: (m) => m.required },
    { label: '达标', className: 'cm-print__met', cell: (m) => (m.met ? '达标' : '未达标') },
  ];
  const subtotals: Column<LedgerSubtotal>[] = [
    { label: '分类', cell: (line) => line.label },
    { label: '人数', className: hours, cell: (line) => line.members },
    { label: '集中学时', className: hours, cell: (line) => line.collective },
    { label: '自学学时', className: hours, cell: (line) => line.self },
    { label: '合计学时', className: hours, cell: (line) => line.total },
    { label: '达标人数', className: hours, cell: (line) => line.met },
  ];
  const { groups, teams, overall } = ledgerSubtotals(ledger, totals.members);
  const title = `${ledger.year} 年度党员学习台账`;
  const unassigned = totals.unassigned.map((row) => row.name || `第 ${row.line} 行`).join('、');
  return {
    title,
    nodes: [
      ...sheetHead(title, [
        `支部：${branchPlace(ledger) || '（未填写）'}`,
        `年度：${ledger.year}`,
        `人数：${totals.members.length}`,
        `打印日期：${chineseDate(today)}`,
      ]),
      table('cm-print__table cm-print__table--ledger', members, totals.members),
      element('h3', { className: 'cm-print__subtitle' }, ['分类合计']),
      table('cm-print__table cm-print__table--totals', subtotals, [...groups, ...teams, overall]),
      ...(unassigned
        ? [element('p', {}, [`党员类别未识别、未计入台账的名单行：${unassigned}。请在「党员名单」中改正。`])]
        : []),
    ],
  };
}
