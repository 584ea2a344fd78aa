/**
 * The shapes the spreadsheet layer trades in. Kept apart from the ledger's own types so that the
 * ledger, the rollup and their tests can read and write files without knowing how .xlsx works.
 */

/** What `readTableFile` gives back: every row as text, or one Chinese sentence saying why not. */
export type ReadTableResult = { rows: string[][] } | { error: string };

/** One column of an exported table. */
export interface TableColumn {
  /** The header cell, in Chinese. */
  header: string;
  /** Width in characters; when left out, it follows the header and the longest cells. */
  width?: number;
  /** `number` cells are stored as numbers (Excel can add them up); `text` cells always as text. */
  kind: 'text' | 'number';
}

export type TableCell = string | number;

/** One sheet of an exported workbook. */
export interface TableSheet {
  /** Shown on the sheet's tab; made safe for Excel (see `sheet-names.ts`). */
  name: string;
  columns: readonly TableColumn[];
  rows: readonly (readonly TableCell[])[];
}
