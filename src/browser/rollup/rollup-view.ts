/**
 * Draws a computed rollup: the summary line, the refused files with their reasons, the tree's
 * problems, branches the tree does not know, every table (the workbook's sheets) and the print
 * sheet. Text only through textContent: every name on screen comes from a file.
 */
import { reportFileName } from '../../lib/reports/report-file.ts';
import type { InputVerdicts } from '../../lib/rollup/inputs.ts';
import { levelUpContent } from '../../lib/rollup/level-up.ts';
import type { RollupPageData } from '../../lib/rollup/page-data.ts';
import type { Rollup } from '../../lib/rollup/rollup.ts';
import { placeLabel } from '../../lib/rollup/scope.ts';
import type { TableSheet } from '../../lib/spreadsheet/types.ts';
import { fillPrintSheet } from './print-sheet.ts';
import { el, renderSheet } from './render-table.ts';

export interface ResultParts {
  summary: HTMLElement;
  rejectedBox: HTMLElement;
  rejected: HTMLElement;
  unknown: HTMLElement;
  body: HTMLElement;
  tables: HTMLElement;
  levelUp: HTMLButtonElement;
  levelUpNote: HTMLElement;
  printSheet: HTMLElement;
}

export function renderRollup(
  parts: ResultParts,
  computed: { rollup: Rollup; verdicts: InputVerdicts; sheets: TableSheet[] },
  data: RollupPageData,
): void {
  const { rollup, verdicts, sheets } = computed;
  parts.summary.textContent = `已采用 ${verdicts.accepted.length} 个上报文件，覆盖 ${rollup.reported.length} 个支部；未采用 ${verdicts.rejected.length} 个文件；未报送 ${rollup.missing.length} 个支部。`;
  parts.rejectedBox.hidden = verdicts.rejected.length === 0;
  parts.rejected.replaceChildren(
    ...verdicts.rejected.map(({ fileName, reasons }) => {
      const item = el('li');
      item.append(el('strong', fileName), document.createTextNode(`：${reasons.join(' ')}`));
      return item;
    }),
  );
  parts.unknown.hidden = rollup.unknown.length === 0;
  parts.unknown.textContent = `组织架构中没有这些已报送的支部（名称写法不同，或组织架构需要更新）：${rollup.unknown.map(placeLabel).join('；')}。`;
  parts.body.hidden = false;
  parts.tables.replaceChildren(
    ...sheets.map((sheet) =>
      renderSheet(
        sheet.name === '汇总'
          ? { ...sheet, rows: sheet.rows.filter((row) => !String(row[0]).startsWith('未采用：')) }
          : sheet,
      ),
    ),
  );
  const content = levelUpContent(rollup);
  parts.levelUp.disabled = !content;
  parts.levelUpNote.textContent = content
    ? `上报上级的文件「${reportFileName(content)}」与支部的上报文件格式相同，带校验值，只有人数，不含姓名。`
    : '上级党组织的汇总没有更上一级的上报文件；请下载汇总表。';
  fillPrintSheet(parts.printSheet, rollup, data);
}
