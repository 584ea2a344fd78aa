/** Scheduling rules on calendar days (see ../calendar.ts for the arithmetic). */
import { addDays } from '../calendar.ts';

/** Moves a Saturday or Sunday to the following Monday: sessions are held on working days. */
export function nextWorkingDay(date: Date): Date {
  const weekday = date.getUTCDay();
  return weekday === 6 ? addDays(date, 2) : weekday === 0 ? addDays(date, 1) : date;
}
