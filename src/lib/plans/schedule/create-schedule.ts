import type { Settings } from '../../../schemas/settings.ts';
import type { Format } from '../../../schemas/taxonomy.ts';
import { formatRoles } from '../../modules/format-roles.ts';
import { createMonthlySchedule } from './monthly.ts';
import { createQuarterlySchedule } from './quarterly.ts';
import { NO_PLAN_PERIODS, type PlanPeriods } from './plan-periods.ts';
import { WEEKENDS_ONLY, type WorkCalendar } from './holidays.ts';
import type { Cadence, ScheduledModule, ScheduleEvent } from './types.ts';

export const CADENCES: Record<Cadence, { title: string }> = {
  quarterly: { title: '按季度：集中学习与专题研讨分开组织' },
  monthly: { title: '按月：主题党日“一月一课一片一实践”' },
};

/**
 * A year in one cadence, from the organizer's settings, the taxonomy's format roles and the plan's
 * periods and themes. `modules` are the plan's required modules: a schedule holds only that year's.
 * Sessions fall on working days of `calendar` (public holidays and 调休 from content/holidays/).
 */
export function createSchedule(
  cadence: Cadence,
  modules: readonly ScheduledModule[],
  settings: Settings['schedule'],
  formats: readonly Pick<Format, 'id' | 'role'>[],
  plan: PlanPeriods = NO_PLAN_PERIODS,
  calendar: WorkCalendar = WEEKENDS_ONLY,
): ScheduleEvent[] {
  return cadence === 'quarterly'
    ? createQuarterlySchedule(modules, settings, plan, calendar)
    : createMonthlySchedule(modules, settings, formatRoles(formats), plan, calendar);
}
