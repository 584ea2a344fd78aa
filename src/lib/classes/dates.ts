import type { TrainingClass } from '../../schemas/class.ts';
import { daysBetween } from '../platform/calendar.ts';

/** How many calendar days a class spans, first and last day counted. */
export function classLength({ startDate, endDate }: Pick<TrainingClass, 'startDate' | 'endDate'>): number {
  return daysBetween(startDate, endDate) + 1;
}

/** Indices of the class's days that fall before `startDate` or after `endDate`. */
export function daysOutsideClass(data: Pick<TrainingClass, 'startDate' | 'endDate' | 'days'>): number[] {
  return data.days.flatMap((day, index) =>
    day.date < data.startDate || day.date > data.endDate ? [index] : [],
  );
}

/** `2027年4月14日—16日`: a class's dates as the cover, the page and the certificate print them. */
export function classDateRange({ startDate, endDate }: Pick<TrainingClass, 'startDate' | 'endDate'>): string {
  const parts = (date: Date) => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()] as const;
  const [y1, m1, d1] = parts(startDate);
  const [y2, m2, d2] = parts(endDate);
  const first = `${y1}年${m1}月${d1}日`;
  if (startDate.getTime() === endDate.getTime()) return first;
  if (y1 !== y2) return `${first}—${y2}年${m2}月${d2}日`;
  return m1 === m2 ? `${first}—${d2}日` : `${first}—${m2}月${d2}日`;
}
