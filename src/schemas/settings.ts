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
  })
  .strict();

export type Settings = z.infer<typeof SettingsSchema>;
