import type { Settings } from '../../schemas/settings.ts';
import type { Format } from '../../schemas/taxonomy.ts';
import { formatRoles } from '../format-roles.ts';
import { createMonthlySchedule } from './monthly.ts';
import { createQuarterlySchedule } from './quarterly.ts';
import type { Cadence, ScheduledModule, ScheduleEvent } from './types.ts';

export const CADENCES: Record<Cadence, { title: string }> = {
  quarterly: { title: '按季度：集中学习与专题研讨分开组织' },
  monthly: { title: '按月：主题党日“一月一课一片一实践”' },
};

/** A path's year in one cadence, from the organizer's settings and the taxonomy's format roles. */
export function createSchedule(
  cadence: Cadence,
  modules: readonly ScheduledModule[],
  settings: Settings['schedule'],
  formats: readonly Pick<Format, 'id' | 'role'>[],
): ScheduleEvent[] {
  return cadence === 'quarterly'
    ? createQuarterlySchedule(modules, settings)
    : createMonthlySchedule(modules, settings, formatRoles(formats));
}
