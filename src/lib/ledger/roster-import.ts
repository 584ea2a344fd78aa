/**
 * A newly pasted or opened roster put into the ledger: replacing the roster or appending to it.
 * Codes and attendance are keyed by row id, so ids must never pass from one person to another:
 * on replace, a member still on the new list (same name and 编号) keeps their row id, and with it
 * their code and marks; everyone else gets a fresh id, and what belonged to removed rows is
 * pruned. Appended rows are numbered after the last row, as rows added by hand are.
 */
import { normalisePersonPart } from '../progress/person-key.ts';
import type { LedgerGroup } from './groups.ts';
import { changeLedger, ledgerGroups, pruneRemovedRows, type Ledger } from './ledger-state.ts';
import { checkRoster } from './roster-check.ts';
import type { RosterRow } from './roster-types.ts';

export type RosterImportMode = 'replace' | 'append';

const personOf = (row: RosterRow) => `${normalisePersonPart(row.name)}\n${normalisePersonPart(row.number)}`;
const idNumber = (row: RosterRow) => Number(row.id.replace(/^r/, '')) || 0;
const maxOf = (rows: readonly RosterRow[], read: (row: RosterRow) => number) =>
  rows.reduce((max, row) => Math.max(max, read(row)), 0);

/** The ledger with `incoming` (rows of `parseRoster`) replacing or following its roster, checked again. */
export function importRoster(
  ledger: Ledger,
  incoming: readonly RosterRow[],
  mode: RosterImportMode,
  now?: Date,
): Ledger {
  const groups: LedgerGroup[] = ledgerGroups(ledger);
  let nextId = maxOf(ledger.roster, idNumber);
  const fresh = () => `r${++nextId}`;
  let rows: RosterRow[];
  if (mode === 'append') {
    const lastLine = maxOf(ledger.roster, (row) => row.line);
    rows = [
      ...ledger.roster,
      ...incoming.map((row, index) => ({ ...row, id: fresh(), line: lastLine + index + 1 })),
    ];
  } else {
    // Each old row can hand its id to one new row only: two new rows for one person get two ids.
    // Plain Map, not Map.groupBy: this runs on Android WebView 90.
    const byPerson = new Map<string, RosterRow[]>();
    for (const row of ledger.roster)
      byPerson.set(personOf(row), [...(byPerson.get(personOf(row)) ?? []), row]);
    rows = incoming.map((row) => ({ ...row, id: byPerson.get(personOf(row))?.shift()?.id ?? fresh() }));
  }
  const roster = checkRoster(rows, groups).rows;
  return pruneRemovedRows(changeLedger(ledger, { roster }, now));
}

/**
 * The rows of an opened .xlsx or .csv as the text `parseRoster` reads, so a file and a paste go
 * through one parser and number their rows alike. A cell with a tab, a line break or a quote is
 * quoted, as Excel quotes it when copying.
 */
export function tableAsText(rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => (/[\t\r\n"]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  return rows.map((row) => row.map(cell).join('\t')).join('\n');
}
