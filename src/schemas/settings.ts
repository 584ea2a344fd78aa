import { z } from 'astro/zod';
import { CalendarDateSchema } from './calendar-date.ts';

/** content/settings.yaml: organizer-editable settings; every key has a default. */
export const SettingsSchema = z
  .object({
    schedule: z
      .object({
        /** First day of the study year; schedules and .ics files start here. */
        startDate: CalendarDateSchema.default(new Date('2027-01-04T00:00:00Z')),
        /** Days between a quarter's concentrated study and its separate discussion. */
        discussionGapDays: z.number().int().min(1).max(60).default(14),
      })
      .strict()
      .default({ startDate: new Date('2027-01-04T00:00:00Z'), discussionGapDays: 14 }),
    review: z
      .object({
        /** Warn when a module's `updated` date is older than this many months. */
        maxAgeMonths: z.number().int().positive().default(24),
      })
      .strict()
      .default({ maxAgeMonths: 24 }),
    plan: z
      .object({
        /** The year members study now: content/plans/<year>.yaml when written, else the default plan. */
        year: z.number().int().min(2000).max(2100).default(2027),
      })
      .strict()
      .default({ year: 2027 }),
    rotation: z
      .object({
        /** Length of the rotation (轮训) in years: every module of a group is required once in a cycle. */
        years: z.number().int().min(1).max(5).default(1),
        /** First year of the first cycle; cycles follow each other from here. */
        startYear: z.number().int().min(2000).max(2100).default(2027),
      })
      .strict()
      .default({ years: 1, startYear: 2027 }),
  })
  .strict();

export type Settings = z.infer<typeof SettingsSchema>;
