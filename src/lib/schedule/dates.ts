/** Calendar arithmetic on UTC-midnight dates, the form module and settings dates are stored in. */

const DAY_MS = 86_400_000;

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

/** Moves a Saturday or Sunday to the following Monday: sessions are held on working days. */
export function nextWorkingDay(date: Date): Date {
  const weekday = date.getUTCDay();
  return weekday === 6 ? addDays(date, 2) : weekday === 0 ? addDays(date, 1) : date;
}

/** `2027-01-04` */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
