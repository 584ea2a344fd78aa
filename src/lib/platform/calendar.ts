/**
 * Calendar days, the one notion of a date in the curriculum. Content dates (`updated`, `reviewBy`,
 * the schedule's start) are calendar days stored as midnight UTC (see `CalendarDateSchema`), and
 * "today" is the calendar day in Beijing, where members and organizers live: between 00:00 and
 * 08:00 Beijing time the UTC date is still yesterday's. Pure, so the build, the checker, the
 * scripts and the browser (progress store, completion codes) all count days the same way.
 */

export const DAY_MS = 86_400_000;

/** The time zone every "today" is taken in. China has one zone and no daylight saving. */
export const CURRICULUM_TIME_ZONE = 'Asia/Shanghai';

const dayParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: CURRICULUM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar day in Beijing, as midnight UTC like every content date. */
export function calendarToday(now: Date = new Date()): Date {
  return new Date(`${dayParts.format(now)}T00:00:00Z`);
}

/** `YYYY-MM-DD`, the way lecturers write dates in frontmatter. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Same day of the month `months` later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}
