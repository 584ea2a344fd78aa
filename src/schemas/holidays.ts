import { z } from 'astro/zod';
import { CalendarDateSchema } from './calendar-date.ts';

/** One public holiday (法定节假日) of a year: its name and the days off, as the yearly notice sets them. */
export const HolidaySchema = z
  .object({
    /** 国庆节, 春节…: named in the schedule when a session is moved past it. */
    name: z.string().min(1),
    /** First day off. */
    from: CalendarDateSchema,
    /** Last day off; omitted for a holiday of one day. */
    to: CalendarDateSchema.optional(),
  })
  .strict();

/**
 * content/holidays/<year>.yaml: a year's days off and 调休 working days, kept by organizers from
 * the State Council's yearly notice (国务院办公厅关于<year>年部分节假日安排的通知).
 */
export const HolidayFileSchema = z
  .object({
    /** Where the dates come from: the notice, or a note that they are provisional until it is out. */
    source: z.string().min(1),
    holidays: z.array(HolidaySchema).default([]),
    /** 调休上班日: Saturdays and Sundays that are working days. */
    workdays: z.array(CalendarDateSchema).default([]),
  })
  .strict();

export type HolidayFile = z.infer<typeof HolidayFileSchema>;
