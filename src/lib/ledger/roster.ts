/**
 * The branch roster (党员名单): parsed from text pasted from Excel or WPS, or a .csv file, checked
 * in one pass, and edited row by row. Every problem names the row, the column, what is wrong and
 * what is allowed, so a secretary can fix the sheet and paste again; nothing here throws. Rows
 * with problems stay in the roster, so the page can show them for editing in place.
 */
import { parseDelimited } from './delimited.ts';
import type { LedgerGroup } from './groups.ts';
import { checkRoster } from './roster-check.ts';
import { positionalColumns, readHeader, type ColumnMap } from './roster-columns.ts';
import type { Roster, RosterRow } from './roster-types.ts';

export type { RosterColumn } from './roster-columns.ts';
export type { Roster, RosterProblem, RosterRow } from './roster-types.ts';
export { addRow, removeRow, updateRow, type RosterFields } from './roster-edit.ts';

const cell = (fields: readonly string[], index: number | undefined) =>
  index === undefined ? '' : (fields[index] ?? '').trim();

/** Reads a pasted or opened table into a checked roster. */
export function parseRoster(text: string, groups: readonly LedgerGroup[]): Roster {
  const records = parseDelimited(text).filter(({ fields }) => fields.some((field) => field.trim()));
  const header = records[0] && readHeader(records[0].fields);
  const data = header ? records.slice(1) : records;
  const columns: ColumnMap = header ?? positionalColumns(data.map((record) => record.fields));
  const rows = data.map(({ row, fields }, index) => ({
    id: `r${index + 1}`,
    line: row,
    name: cell(fields, columns.name),
    group: cell(fields, columns.group),
    number: cell(fields, columns.number),
    team: cell(fields, columns.team),
  }));
  return checkRoster(rows, groups);
}

/** Re-checks rows against the groups: resolves each 党员类别 and collects every problem. */
export function validateRoster(rows: readonly RosterRow[], groups: readonly LedgerGroup[]): Roster {
  return checkRoster(rows, groups);
}
