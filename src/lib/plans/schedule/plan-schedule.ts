import type { Settings } from '../../../schemas/settings.ts';
import type { Format } from '../../../schemas/taxonomy.ts';
import type { GroupPlan } from '../types.ts';
import { createSchedule } from './create-schedule.ts';
import { planPeriods } from './plan-periods.ts';
import { WEEKENDS_ONLY, type WorkCalendar } from './holidays.ts';
import type { Cadence, ScheduledModule, ScheduleEvent } from './types.ts';

/**
 * A group's year in one cadence: the plan's required modules only (electives are studied at will),
 * in the periods the plan assigns, with its discussion themes. The schedule page, the .ics files
 * and the printed pack all call this, so they cannot disagree.
 */
export function createPlanSchedule(
  cadence: Cadence,
  plan: Pick<GroupPlan<{ data: ScheduledModule }>, 'required' | 'themes'>,
  settings: Settings['schedule'],
  formats: readonly Pick<Format, 'id' | 'role'>[],
  calendar: WorkCalendar = WEEKENDS_ONLY,
): ScheduleEvent[] {
  const modules = plan.required.map(({ entry }) => entry.data);
  return createSchedule(
    cadence,
    modules,
    settings,
    formats,
    planPeriods(plan.required, plan.themes),
    calendar,
  );
}
