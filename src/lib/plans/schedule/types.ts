import type { ModuleFrontmatter } from '../../../schemas/module.ts';

export type ScheduledModule = Pick<ModuleFrontmatter, 'code' | 'title' | 'hours' | 'format' | 'discussion'>;

/** One session on a branch's calendar. Dates are all-day, at UTC midnight. */
export interface ScheduleEvent {
  /** Stable within a path and cadence, used for calendar UIDs: `q1-study`, `m03`. */
  id: string;
  date: Date;
  kind: 'study' | 'discussion' | 'theme-day';
  title: string;
  /** A discussion's theme (研讨主题), set in advance by the plan. */
  theme?: string | undefined;
  /** Modules studied in the session, in path order. */
  modules: ScheduledModule[];
  /** Further lines: discussion questions, the month's film and practice. */
  notes: string[];
}

export type Cadence = 'quarterly' | 'monthly';
