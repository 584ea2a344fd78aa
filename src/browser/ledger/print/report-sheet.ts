/**
 * The one-page 上报表 for the level above: 人数, 参学人数, 人次, 总学时, 人均学时, 达标率 by
 * 党员类别, by 党小组 and for the branch, as ledgerReport (totals.ts) defines them, with the
 * lines the 填报人 signs and dates by hand.
 */
import type { Ledger } from '../../../lib/ledger/ledger-state.ts';
import { ledgerReport, type ReportLine } from '../../../lib/ledger/totals.ts';
import { blank, element, table, type Column } from './dom.ts';
import { branchPlace, percent, sheetHead } from './sheet-parts.ts';

const num = 'cm-print__num';

const columns = (first: string): Column<ReportLine>[] => [
  { label: first, cell: (line) => line.label },
  { label: '人数', className: num, cell: (line) => line.members },
  { label: '参学人数', className: num, cell: (line) => line.participants },
  { label: '人次', className: num, cell: (line) => line.attendances },
  { label: '总学时', className: num, cell: (line) => line.hours },
  { label: '人均学时', className: num, cell: (line) => line.average },
  { label: '达标人数', className: num, cell: (line) => line.met },
  { label: '达标率', className: num, cell: (line) => percent(line.rate) },
];

export function renderReport(ledger: Ledger): { title: string; nodes: Node[] } {
  const report = ledgerReport(ledger);
  const title = `${ledger.year} 年度党员教育培训情况上报表`;
  return {
    title,
    nodes: [
      ...sheetHead(title, [`填报单位：${branchPlace(ledger) || '（未填写）'}`, `年度：${ledger.year}`]),
      table('cm-print__table cm-print__table--report', columns('党员类别'), [
        ...report.byGroup,
        report.overall,
      ]),
      element('h3', { className: 'cm-print__subtitle' }, ['按党小组']),
      table('cm-print__table cm-print__table--report', columns('党小组'), report.byTeam),
      element('p', { className: 'cm-print__note' }, [
        '人均学时 = 总学时 ÷ 人数；达标率 = 达标人数 ÷ 人数；人次按每人每场计一次。',
      ]),
      element('p', { className: 'cm-print__fill cm-print__counts' }, [
        blank('填报人'),
        blank('联系电话'),
        blank('支部书记（签字）'),
        blank('填报日期'),
      ]),
    ],
  };
}
