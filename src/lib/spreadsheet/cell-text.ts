/**
 * Turns a cell read from an .xlsx into the text the secretary saw in Excel, so that a roster
 * read from a workbook and the same roster pasted from it give the same rows. Numbers keep the
 * 15 significant digits Excel shows (a member number typed as a number comes back as "20230001",
 * not "20230001.000000002"); dates, which are stored without a time zone, read as YYYY-MM-DD.
 */

export type XlsxCellValue = string | number | boolean | Date | null | undefined;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = date.getUTCHours() * 60 + date.getUTCMinutes();
  return time === 0 ? day : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

export function cellText(value: XlsxCellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateText(value);
  return value.trim();
}

/** Rows as text, without the empty rows a sheet often carries below its data. */
export function rowsAsText(rows: readonly (readonly XlsxCellValue[])[]): string[][] {
  const text = rows.map((row) => row.map(cellText));
  while (text.length > 0 && text.at(-1)!.every((cell) => cell === '')) text.pop();
  return text;
}
