/**
 * A table of the ledger's cells as HTML: the same header and cells as the exported sheet
 * (ledger-table.ts), so what the secretary sees is what the .xlsx and the CSV hold. Numbers are
 * right-aligned; the 达标 column is coloured and also says it in words.
 */
import { MET_LABELS } from '../../../lib/ledger/ledger-table.ts';
import { escapeHtml as escape } from '../../../lib/security/escape/html.ts';
import type { TableCell, TableColumn } from '../../../lib/spreadsheet/types.ts';

function cell(value: TableCell | undefined, column: TableColumn | undefined): string {
  const text = escape(String(value ?? ''));
  if (column?.kind === 'number') return `<td class="cm-num">${text}</td>`;
  if (value === MET_LABELS.met) return `<td class="cm-ok">${text}</td>`;
  if (value === MET_LABELS.unmet) return `<td class="cm-short">${text}</td>`;
  return `<td>${text}</td>`;
}

export function tableHead(columns: readonly TableColumn[]): string {
  return `<tr>${columns.map((c) => `<th scope="col"${c.kind === 'number' ? ' class="cm-num"' : ''}>${escape(c.header)}</th>`).join('')}</tr>`;
}

export function tableBody(columns: readonly TableColumn[], rows: readonly (readonly TableCell[])[]): string {
  return rows.map((row) => `<tr>${columns.map((column, i) => cell(row[i], column)).join('')}</tr>`).join('');
}
