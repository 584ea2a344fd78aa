import type { ScheduleEvent } from '../../plans/schedule/types.ts';

/**
 * The sessions a path pack prints a blank sign-in sheet for (一场一签): the year's sessions in both
 * cadences the schedule pages offer, the quarterly concentrated studies and discussions and the
 * twelve monthly 主题党日, as the branch ledger lists them. The pack is for branches without a
 * roster, and they hold every one of these sessions, so each needs a sheet with its date.
 */
export function signInSessions(
  quarterly: readonly ScheduleEvent[],
  monthly: readonly ScheduleEvent[],
): ScheduleEvent[] {
  // In date order, as a branch uses them; a 主题党日 on the day of a quarter's study follows it.
  return [...quarterly, ...monthly].sort(
    (a, b) => a.date.getTime() - b.date.getTime() || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
}

const KIND_ORDER: Record<ScheduleEvent['kind'], number> = { study: 0, discussion: 1, 'theme-day': 2 };

/**
 * Blank sheets print two to an A4 page, one above the other with a line to cut along. Twenty
 * sessions on twenty pages would push the largest path pack past its page target
 * (docs/performance.md); on ten they add two pages to the eight the quarterly sheets took.
 */
export const SHEETS_PER_PAGE = 2;

/** The sheets grouped as they fall on pages, in order. */
export function sheetsByPage<T>(sheets: readonly T[]): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < sheets.length; i += SHEETS_PER_PAGE) pages.push(sheets.slice(i, i + SHEETS_PER_PAGE));
  return pages;
}
