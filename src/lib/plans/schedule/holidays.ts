/**
 * Which calendar days are working days in China: Monday to Friday, except public holidays
 * (法定节假日 and the days the yearly notice adds to them), plus the weekend days the notice turns
 * into working days (调休上班). Study days are held on working days, so a branch never calls
 * members in on 国庆 and does hold a session on a 调休 Saturday.
 */
import { addDays, isoDay } from '../../platform/calendar.ts';
import type { HolidayFile } from '../../../schemas/holidays.ts';

export interface WorkCalendar {
  /** The holiday a day belongs to (`国庆节`), or undefined on any other day. */
  holidayOf(date: Date): string | undefined;
  isWorkingDay(date: Date): boolean;
}

/** Weekends only: what a year without a holiday file falls back to. */
export const WEEKENDS_ONLY: WorkCalendar = createWorkCalendar([]);

/** A calendar from the holiday files of any number of years. */
export function createWorkCalendar(
  files: readonly Pick<HolidayFile, 'holidays' | 'workdays'>[],
): WorkCalendar {
  const holidays = new Map<string, string>();
  const workdays = new Set<string>();
  for (const file of files) {
    for (const { name, from, to = from } of file.holidays) {
      for (let day = from; day <= to; day = addDays(day, 1)) holidays.set(isoDay(day), name);
    }
    for (const day of file.workdays) workdays.add(isoDay(day));
  }
  const holidayOf = (date: Date) => holidays.get(isoDay(date));
  return {
    holidayOf,
    isWorkingDay: (date) => {
      if (workdays.has(isoDay(date))) return true;
      const weekday = date.getUTCDay();
      return weekday !== 0 && weekday !== 6 && holidayOf(date) === undefined;
    },
  };
}
