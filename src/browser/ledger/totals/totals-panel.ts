/**
 * 学时统计: every member's 集中 and 自学 学时 against the requirement, with a 只看未完成 filter,
 * and the 上报表 figures by 党员类别 and 党小组. Every figure comes from totals.ts through the
 * rows the export writes too (ledger-table.ts); the page only shows them.
 */
import type { Ledger } from '../../../lib/ledger/ledger-state.ts';
import { MEMBER_COLUMNS, memberRow, REPORT_COLUMNS, reportRows } from '../../../lib/ledger/ledger-table.ts';
import { ledgerReport, memberTotals, unfinished } from '../../../lib/ledger/totals.ts';
import { routes } from '../../../site-routes.ts';
import type { LedgerController } from '../ledger-controller.ts';
import { tableBody, tableHead } from './table-view.ts';

export function startTotalsPanel(panel: HTMLElement, controller: LedgerController): void {
  const $ = <T extends HTMLElement>(selector: string) => panel.querySelector<T>(selector)!;
  const body = $('[data-ledger-body]');
  const empty = $('[data-ledger-empty]');
  const filter = $<HTMLInputElement>('[data-totals-unfinished]');
  const summary = $('[data-totals-summary]');
  const members = $<HTMLTableElement>('[data-totals-members]');
  const unassigned = $('[data-totals-unassigned]');
  const report = $<HTMLTableElement>('[data-totals-report]');
  $<HTMLAnchorElement>('[data-print-ledger]').href = routes.branchPrint('ledger');
  $<HTMLAnchorElement>('[data-print-report]').href = routes.branchPrint('report');
  members.tHead!.innerHTML = tableHead(MEMBER_COLUMNS);
  report.tHead!.innerHTML = tableHead(REPORT_COLUMNS);

  function render(ledger: Ledger | undefined) {
    body.hidden = !ledger;
    empty.hidden = Boolean(ledger);
    if (!ledger) return;
    const totals = memberTotals(ledger);
    const open = unfinished(totals);
    const shown = filter.checked ? open : totals.members;
    members.tBodies[0]!.innerHTML = tableBody(
      MEMBER_COLUMNS,
      shown.map((member) => memberRow(member, ledger.groups)),
    );
    summary.textContent =
      `共 ${totals.members.length} 人，达标 ${totals.members.length - open.length} 人，未完成 ${open.length} 人` +
      (filter.checked ? `；下表只列未完成的 ${open.length} 人。` : '。');
    unassigned.hidden = totals.unassigned.length === 0;
    unassigned.textContent = `名单中有 ${totals.unassigned.length} 行的党员类别无法识别，未计入统计：${totals.unassigned
      .map((row) => `第 ${row.line} 行 ${row.name}`)
      .join('、')}。请在「党员名单」中改正。`;
    report.tBodies[0]!.innerHTML = tableBody(REPORT_COLUMNS, reportRows(ledgerReport(ledger, totals)));
  }

  controller.subscribe(render);
  filter.addEventListener('change', () => render(controller.ledger));
}
