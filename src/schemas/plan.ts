import { z } from 'astro/zod';
import { MODULE_CODE_PATTERN } from './module.ts';
import { textField } from './text-field.ts';

// Ranges of `quarter` and `month` are checked by the content check (`plan-when-range`) rather
// than here, so a slip in one line does not hide every other mistake in the same plan file.

/** A required module with the period it is studied in. */
export const ScheduledModuleSchema = z
  .object({
    /** Module code, e.g. `LL-001`. */
    code: z.string().regex(MODULE_CODE_PATTERN),
    /** Quarter 1–4 of the plan year; the quarterly schedule puts the module there. */
    quarter: z.number().int().optional(),
    /** Month 1–12 of the plan year; the monthly schedule puts the module there (takes precedence over `quarter`). */
    month: z.number().int().optional(),
  })
  .strict();

/** A required module: its code alone, or `{ code, quarter }` / `{ code, month }`. */
export const RequiredEntrySchema = z.union([z.string().regex(MODULE_CODE_PATTERN), ScheduledModuleSchema]);

/** One member group's plan for the year. */
export const GroupPlanSchema = z
  .object({
    /** 必修: module codes in study order; their 学时 must reach the group's `requiredHours`. */
    required: z.array(RequiredEntrySchema).default([]),
    /**
     * 选修: module codes members may study in addition; they do not count toward the requirement.
     * Left out, every other published module of the group is an elective.
     */
    electives: z.array(z.string().regex(MODULE_CODE_PATTERN)).optional(),
  })
  .strict();

/** The discussion theme (研讨主题) of one quarter, set in advance. */
export const QuarterThemeSchema = z
  .object({
    /** Quarter 1–4. */
    quarter: z.number().int(),
    /** The theme of that quarter's separate discussion session. */
    theme: textField(),
  })
  .strict();

/**
 * content/plans/<year>.yaml: the yearly study plan (年度学习计划) an organizer keeps in Git. The
 * file name is the plan year. Groups the file leaves out get the default plan.
 */
export const PlanSchema = z
  .object({
    /** 研讨主题 per quarter; quarters left out have none. */
    themes: z.array(QuarterThemeSchema).default([]),
    /** Plan per member group id (groups.yaml). */
    groups: z.record(z.string(), GroupPlanSchema).default({}),
    /**
     * The year's 外训名录: venue ids (content/venues/<id>.yaml) branches may choose from for
     * external training; /venues/ shows the plan year's list.
     */
    venues: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).optional(),
  })
  .strict();

export type ScheduledModule = z.infer<typeof ScheduledModuleSchema>;
export type RequiredEntry = z.infer<typeof RequiredEntrySchema>;
export type GroupPlanInput = z.infer<typeof GroupPlanSchema>;
export type Plan = z.infer<typeof PlanSchema>;

/** A validated plan file: its year (from the file name) and content. */
export interface PlanFile {
  year: number;
  plan: Plan;
}
