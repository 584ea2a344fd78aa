/**
 * The ledger's CSV export: UTF-8 with a BOM, because Excel on a Chinese Windows reads a CSV
 * without one as GBK and shows every name garbled; CRLF line ends and RFC 4180 quoting, which
 * Excel, WPS and every tool read. Text cells pass the formula guard (`formula-guard.ts`).
 */
import { guardFormula } from './formula-guard.ts';
import type { TableCell, TableColumn } from './types.ts';

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n\t]|^\s|\s$/u;

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One cell: a finite number as it is, anything else as guarded, quoted text. */
export function csvField(cell: TableCell | undefined): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return quote(guardFormula(cell ?? ''));
}

export function writeCsv(
  columns: readonly Pick<TableColumn, 'header'>[],
  rows: readonly (readonly TableCell[])[],
): Uint8Array {
  const lines = [columns.map((column) => csvField(column.header)), ...rows.map((row) => row.map(csvField))];
  return new TextEncoder().encode(BOM + lines.map((line) => `${line.join(',')}\r\n`).join(''));
}
