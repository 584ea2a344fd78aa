/**
 * The slice of the roster the page shows: rows whose name (or 编号) holds the search text, one
 * page of them at a time. A branch may have 1,000 members; the page draws 50 rows, so typing in
 * the search box or turning a page stays instant on an old phone.
 */
import { normalisePersonPart } from '../progress/person-key.ts';
import type { RosterProblem, RosterRow } from './roster-types.ts';

export const ROSTER_PAGE_SIZE = 50;

export interface RosterView {
  rows: { row: RosterRow; problems: string[] }[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** Rows the search matched (all rows without a search). */
  matched: number;
}

export function rosterView(
  rows: readonly RosterRow[],
  problems: readonly RosterProblem[],
  query: string,
  page: number,
  size = ROSTER_PAGE_SIZE,
): RosterView {
  const wanted = normalisePersonPart(query);
  const matching = wanted
    ? rows.filter(
        (row) => normalisePersonPart(row.name).includes(wanted) || normalisePersonPart(row.number) === wanted,
      )
    : rows;
  const pages = Math.max(1, Math.ceil(matching.length / size));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  const byRow = new Map<string, RosterProblem[]>();
  for (const problem of problems) byRow.set(problem.rowId, [...(byRow.get(problem.rowId) ?? []), problem]);
  return {
    rows: matching.slice((current - 1) * size, current * size).map((row) => ({
      row,
      problems: (byRow.get(row.id) ?? []).map((problem) => problem.message),
    })),
    page: current,
    pages,
    matched: matching.length,
  };
}
