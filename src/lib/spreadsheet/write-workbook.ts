/**
 * The ledger's .xlsx export, written by write-excel-file (see docs/dependencies.md), which is
 * imported on first use so the page does not carry it until the secretary exports. Every sheet
 * has a bold header row frozen in place, column widths that fit Chinese text, numbers stored as
 * numbers (so Excel can sum 学时) and everything else as text, never as a formula.
 */
import { columnWidths } from './column-width.ts';
import { safeSheetNames } from './sheet-names.ts';
import type { TableCell, TableColumn, TableSheet } from './types.ts';

/** Excel's limit for the text of one cell; a longer one makes it "repair" the whole file. */
const MAX_CELL_TEXT = 32_767;

type XlsxCell =
  | { value: string; type: StringConstructor; fontWeight?: 'bold' }
  | { value: number; type: NumberConstructor }
  | null;

function xlsxCell(cell: TableCell | undefined, column: TableColumn | undefined): XlsxCell {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return null;
    // A number in a text column (a member number) stays text, exactly as the ledger shows it.
    return column?.kind === 'text' ? { value: String(cell), type: String } : { value: cell, type: Number };
  }
  // Control characters XML cannot hold are removed by write-excel-file itself.
  return cell === undefined || cell === '' ? null : { value: cell.slice(0, MAX_CELL_TEXT), type: String };
}

function sheetData(sheet: TableSheet): XlsxCell[][] {
  const header = sheet.columns.map((column): XlsxCell => ({
    value: column.header,
    type: String,
    fontWeight: 'bold',
  }));
  const body = sheet.rows.map((row) => {
    const width = Math.max(row.length, sheet.columns.length);
    return Array.from({ length: width }, (_, index) => xlsxCell(row[index], sheet.columns[index]));
  });
  return [header, ...body];
}

export async function writeWorkbook(sheets: readonly TableSheet[]): Promise<Uint8Array> {
  if (sheets.length === 0) throw new RangeError('writeWorkbook needs at least one sheet');
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const names = safeSheetNames(sheets.map((sheet) => sheet.name));
  const blob = await writeXlsxFile(
    sheets.map((sheet, index) => ({
      sheet: names[index] ?? sheet.name,
      data: sheetData(sheet),
      columns: columnWidths(sheet.columns, sheet.rows).map((width) => ({ width })),
      stickyRowsCount: 1,
    })),
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
