import type { FormatRole } from '../../../schemas/taxonomy.ts';
import { addMonths } from '../../platform/calendar.ts';
import { sessionDay } from './dates.ts';
import { WEEKENDS_ONLY, type WorkCalendar } from './holidays.ts';
import { splitWithAssignments } from './assigned-split.ts';
import { NO_PLAN_PERIODS, type PlanPeriods } from './plan-periods.ts';
import type { ScheduledModule, ScheduleEvent } from './types.ts';

/**
 * The theme party day "一月一课一片一实践": each month one lesson, one film and one practice.
 * Lessons the plan assigns to a month are held then (one assigned only to a quarter, in that
 * quarter's first month); the others are spread over the twelve months by 学时. Films and practice
 * modules fill their slots, assigned ones first, the rest in path order, and a month without one
 * gets a suggestion instead. Which slot a module
 * takes is its format's `role` in the taxonomy (`roleOf`, see `formatRoles`).
 */
export function createMonthlySchedule(
  modules: readonly ScheduledModule[],
  { startDate }: { startDate: Date },
  roleOf: (formatId: string) => FormatRole,
  plan: PlanPeriods = NO_PLAN_PERIODS,
  calendar: WorkCalendar = WEEKENDS_ONLY,
): ScheduleEvent[] {
  const monthOf = (module: ScheduledModule) => {
    const month = plan.monthOf(module.code);
    const quarter = plan.quarterOf(module.code);
    const assigned = month ?? (quarter === undefined ? undefined : quarter * 3 - 2);
    return assigned === undefined ? undefined : assigned - 1;
  };
  const byRole = (role: FormatRole) => modules.filter((module) => roleOf(module.format) === role);
  const films = oneEachMonth(byRole('film'), monthOf);
  const practice = oneEachMonth(byRole('practice'), monthOf);
  // A film or practice module beyond the year's twelve slots is still studied: as a lesson.
  const overflow = new Set([...films.overflow, ...practice.overflow]);
  const lessons = modules.filter((module) => roleOf(module.format) === 'lesson' || overflow.has(module));
  const lessonsByMonth = splitWithAssignments(lessons, 12, (module) => module.hours, monthOf);

  return lessonsByMonth.map((monthLessons, m) => {
    const film = films.months[m];
    const task = practice.months[m];
    const { date, notes: moved } = sessionDay(addMonths(startDate, m), calendar);
    return {
      id: `m${String(m + 1).padStart(2, '0')}`,
      date,
      kind: 'theme-day' as const,
      title: `第 ${m + 1} 个月主题党日`,
      modules: [...monthLessons, ...(film ? [film] : []), ...(task ? [task] : [])],
      notes: [
        ...moved,
        `一课：${monthLessons.map((module) => `${module.code} ${module.title}`).join('；') || '支部自选学习内容'}`,
        `一片：${film ? `${film.code} ${film.title}` : '支部自选一部教育影片'}`,
        `一实践：${task ? `${task.code} ${task.title}` : '结合岗位开展一次志愿服务或攻坚实践'}`,
      ],
    };
  });
}

/**
 * One module per month for a slot that holds one (the film, the practice): assigned modules take
 * their month, the others the free months in order; what does not fit is the overflow.
 */
function oneEachMonth<T>(
  modules: readonly T[],
  monthOf: (module: T) => number | undefined,
): { months: (T | undefined)[]; overflow: T[] } {
  const months: (T | undefined)[] = Array.from({ length: 12 });
  const rest: T[] = [];
  for (const module of modules) {
    const month = monthOf(module);
    if (month !== undefined && month >= 0 && month < 12 && !months[month]) months[month] = module;
    else rest.push(module);
  }
  for (let m = 0; m < 12 && rest.length; m++) months[m] ??= rest.shift();
  return { months, overflow: rest };
}
