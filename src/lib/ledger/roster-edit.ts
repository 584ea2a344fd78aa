/**
 * Editing the roster in place: each operation returns a new roster, checked again, and leaves the
 * old one untouched, so the page can save the result at once and undo is a matter of keeping the
 * old value. Row ids never change, so attendance and codes stay attached to their member.
 */
import type { LedgerGroup } from './groups.ts';
import { checkRoster } from './roster-check.ts';
import type { RosterColumn } from './roster-columns.ts';
import type { Roster, RosterRow } from './roster-types.ts';

export type RosterFields = Pick<RosterRow, RosterColumn>;

const nextNumber = (rows: readonly RosterRow[], read: (row: RosterRow) => number) =>
  rows.reduce((max, row) => Math.max(max, read(row)), 0) + 1;
const idNumber = (row: RosterRow) => Number(row.id.replace(/^r/, '')) || 0;
const clean = (fields: Partial<RosterFields>) =>
  Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, (value ?? '').trim()]));

/** Adds a row at the end, numbered after the last one. */
export function addRow(
  roster: Roster,
  fields: Partial<RosterFields>,
  groups: readonly LedgerGroup[],
): Roster {
  const row: RosterRow = {
    id: `r${nextNumber(roster.rows, idNumber)}`,
    line: nextNumber(roster.rows, (r) => r.line),
    name: '',
    group: '',
    number: '',
    team: '',
    ...clean(fields),
  };
  return checkRoster([...roster.rows, row], groups);
}

/** Changes one field of one row; an unknown id changes nothing. */
export function updateRow(
  roster: Roster,
  id: string,
  column: RosterColumn,
  value: string,
  groups: readonly LedgerGroup[],
): Roster {
  if (!roster.rows.some((row) => row.id === id)) return roster;
  const rows = roster.rows.map((row) => (row.id === id ? { ...row, [column]: value.trim() } : row));
  return checkRoster(rows, groups);
}

/** Removes one row; the others keep their ids and numbers. */
export function removeRow(roster: Roster, id: string, groups: readonly LedgerGroup[]): Roster {
  return checkRoster(
    roster.rows.filter((row) => row.id !== id),
    groups,
  );
}
