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
    rollup: z
      .object({
        /** 列席 targets /rollup/ checks (SASAC): who attends how many branches' discussions a year. */
        visits: z
          .object({
            /** Percent of its branches a 二级单位's party organization attends; the standard is all. */
            unitShare: z.number().int().min(0).max(100).default(100),
            /** Branches a 集团党委 attends at least in a year, or all of them when it has fewer. */
            companyBranches: z.number().int().min(0).max(100_000).default(100),
          })
          .strict()
          .default({ unitShare: 100, companyBranches: 100 }),
      })
      .strict()
      .default({ visits: { unitShare: 100, companyBranches: 100 } }),
    evaluation: z
      .object({
        /**
         * 满意率 line in percent: /maintainers/ flags a module rated under it and `npm run plan`
         * names required modules under it. Equals DEFAULT_SATISFACTION_LINE
         * (lib/evaluation/levels.ts; a schema may not import it, a test keeps them equal).
         */
        satisfactionLine: z.number().int().min(1).max(100).default(80),
      })
      .strict()
      .default({ satisfactionLine: 80 }),
  })
  .strict();

export type Settings = z.infer<typeof SettingsSchema>;
