import { z } from 'astro/zod';

/**
 * A real calendar day written `YYYY-MM-DD`. Stricter than `z.coerce.date()`, which would
 * silently turn `2026-02-30` into 2 March or read `2026-3-5` in local time.
 */
export const CalendarDateSchema = z.preprocess(
  // Astro's YAML parser may already hand us a Date; normalise it back to text first.
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value,
  z
    .string()
    .refine(isCalendarDate, { params: { calendarDate: true } })
    .transform((value) => new Date(`${value}T00:00:00Z`)),
);

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
