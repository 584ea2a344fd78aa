/**
 * Column widths for the .xlsx export, in Excel's unit (the width of one Latin digit). A Chinese
 * character is two of them wide, so a column sized by character count would cut 姓名 and
 * 党小组 names in half. Only the first rows are measured: a ledger's columns are uniform.
 */
import type { TableCell, TableColumn } from './types.ts';

const MEASURED_ROWS = 500;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

// East Asian wide and full-width ranges: CJK, kana, hangul, full-width forms, CJK punctuation.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) || char.length > 1 ? 2 : 1;
  return width;
}

function cellWidth(cell: TableCell | undefined): number {
  return cell === undefined ? 0 : displayWidth(String(cell));
}

export function columnWidths(
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
): number[] {
  const sample = rows.slice(0, MEASURED_ROWS);
  return columns.map((column, index) => {
    if (column.width !== undefined) return column.width;
    const widest = Math.max(displayWidth(column.header), ...sample.map((row) => cellWidth(row[index])));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
}
