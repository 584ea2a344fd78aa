/**
 * 导出: the ledger as an .xlsx workbook (学时台账, 未完成, 按类别汇总, 签到记录) or the 学时台账 as
 * a CSV in UTF-8 with a BOM. The writers load on first use (about 20 KB gzip), so the page does
 * not carry them until the secretary exports; the sheets are the rows the 学时统计 panel shows.
 * The 上报文件 (branch-report.ts and src/lib/reports, with zod) loads on first use too; names go
 * in only when ticked.
 */
import { exportFileName, ledgerSheets, memberSheet } from '../../../lib/ledger/ledger-sheets.ts';
import type { LedgerController } from '../ledger-controller.ts';
import { downloadFile } from '../../files/download.ts';

/** A file the ledger cannot make yet; its message tells the secretary what to do. */
class ExportRefused extends Error {}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function startExportPanel(panel: HTMLElement, controller: LedgerController): void {
  const $ = <T extends HTMLElement>(selector: string) => panel.querySelector<T>(selector)!;
  const body = $('[data-ledger-body]');
  const empty = $('[data-ledger-empty]');
  const status = $('[data-export-status]');
  controller.subscribe((ledger) => {
    body.hidden = !ledger;
    empty.hidden = Boolean(ledger);
  });

  const run = (button: HTMLButtonElement, write: () => Promise<string>) =>
    button.addEventListener('click', async () => {
      button.disabled = true;
      status.textContent = '正在生成……';
      try {
        status.textContent = `已生成「${await write()}」，请在浏览器的下载中查看。`;
      } catch (error) {
        status.textContent =
          error instanceof ExportRefused ? error.message : '生成文件失败，请刷新页面后再试。';
      } finally {
        button.disabled = false;
      }
    });

  run($('[data-export-xlsx]'), async () => {
    const ledger = controller.ledger!;
    const { writeWorkbook } = await import('../../../lib/spreadsheet/write-workbook.ts');
    const name = exportFileName(ledger, 'xlsx');
    downloadFile(await writeWorkbook(ledgerSheets(ledger)), name, XLSX);
    return name;
  });
  run($('[data-export-csv]'), async () => {
    const ledger = controller.ledger!;
    const { writeCsv } = await import('../../../lib/spreadsheet/write-csv.ts');
    const sheet = memberSheet(ledger);
    const name = exportFileName(ledger, 'csv');
    downloadFile(writeCsv(sheet.columns, sheet.rows), name, 'text/csv;charset=utf-8');
    return name;
  });
  run($('[data-export-report]'), async () => {
    const ledger = controller.ledger!;
    const includeMembers = $<HTMLInputElement>('[data-export-members]').checked;
    const [{ createBranchReport, reportBlocker }, { reportFileName, serialiseReportFile }] =
      await Promise.all([
        import('../../../lib/ledger/branch-report.ts'),
        import('../../../lib/reports/report-file.ts'),
      ]);
    const blocker = reportBlocker(ledger);
    if (blocker) throw new ExportRefused(blocker);
    const report = await createBranchReport(ledger, { includeMembers });
    const name = reportFileName(report);
    downloadFile(new TextEncoder().encode(serialiseReportFile(report)), name, 'application/json');
    return name;
  });
}
