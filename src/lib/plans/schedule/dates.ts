/** Scheduling rules on calendar days (see ../calendar.ts for the arithmetic). */
import { addDays } from '../../platform/calendar.ts';
import { WEEKENDS_ONLY, type WorkCalendar } from './holidays.ts';

/**
 * The first working day on or after `date`: a session that falls on a weekend or a public holiday
 * moves forward, not back, so the module it covers is never studied before its period starts. A
 * 调休 Saturday is a working day and keeps its session. The loop ends: even the Spring Festival
 * week is followed by working days, and a year of holidays would be a broken file, not a calendar.
 */
export function nextWorkingDay(date: Date, calendar: WorkCalendar = WEEKENDS_ONLY): Date {
  let day = date;
  for (let i = 0; i < 366 && !calendar.isWorkingDay(day); i++) day = addDays(day, 1);
  return day;
}

/**
 * A session's day and, when a public holiday pushed it, the line that tells the branch why it is
 * not on its usual day (weekends need no explanation).
 */
export function sessionDay(
  planned: Date,
  calendar: WorkCalendar = WEEKENDS_ONLY,
): { date: Date; notes: string[] } {
  const date = nextWorkingDay(planned, calendar);
  let holiday: string | undefined;
  for (let day = planned; day < date && !holiday; day = addDays(day, 1)) holiday = calendar.holidayOf(day);
  const notes = holiday ? [`原定 ${monthDay(planned)}适逢${holiday}假期，顺延到 ${monthDay(date)}。`] : [];
  return { date, notes };
}

function monthDay(date: Date): string {
  return `${date.getUTCMonth() + 1} 月 ${date.getUTCDate()} 日`;
}
