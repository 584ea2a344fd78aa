/**
 * How many electives a path page or a path pack names. With the default plan every other module
 * of a group is an elective, hundreds in a large library; the page and the pack must stay bounded
 * by the plan (issue 11: a path page ≤ 40 KB, a path pack ≤ 150 A4 pages), so they name the first
 * ones in study order and point to the rest: online, the group's browse page; on paper, the
 * path's QR code.
 */
export const ELECTIVES_LISTED = 30;

export interface ListedElectives<T> {
  listed: T[];
  /** Electives not named, reached through the group's page or the path's QR code. */
  more: number;
}

export function listElectives<T>(electives: readonly T[]): ListedElectives<T> {
  return {
    listed: electives.slice(0, ELECTIVES_LISTED),
    more: Math.max(0, electives.length - ELECTIVES_LISTED),
  };
}
