import type { FormatRole } from '../../schemas/taxonomy.ts';
import { addMonths } from '../calendar.ts';
import { nextWorkingDay } from './dates.ts';
import { splitByWeight } from './split.ts';
import type { ScheduledModule, ScheduleEvent } from './types.ts';

/**
 * The theme party day "一月一课一片一实践": each month one lesson, one film and one practice.
 * Lessons are spread over the twelve months by 学时; films and practice modules fill their
 * slots in path order, and a month without one gets a suggestion instead. Which slot a module
 * takes is its format's `role` in the taxonomy (`roleOf`, see `formatRoles`).
 */
export function createMonthlySchedule(
  modules: readonly ScheduledModule[],
  { startDate }: { startDate: Date },
  roleOf: (formatId: string) => FormatRole,
): ScheduleEvent[] {
  const byRole = (role: FormatRole) => modules.filter((module) => roleOf(module.format) === role);
  const films = byRole('film');
  const practice = byRole('practice');
  const lessons = byRole('lesson');
  const lessonsByMonth = splitByWeight(lessons, 12, (module) => module.hours);

  return lessonsByMonth.map((monthLessons, m) => {
    const film = films[m];
    const task = practice[m];
    return {
      id: `m${String(m + 1).padStart(2, '0')}`,
      date: nextWorkingDay(addMonths(startDate, m)),
      kind: 'theme-day' as const,
      title: `第 ${m + 1} 个月主题党日`,
      modules: [...monthLessons, ...(film ? [film] : []), ...(task ? [task] : [])],
      notes: [
        `一课：${monthLessons.map((module) => `${module.code} ${module.title}`).join('；') || '支部自选学习内容'}`,
        `一片：${film ? `${film.code} ${film.title}` : '支部自选一部教育影片'}`,
        `一实践：${task ? `${task.code} ${task.title}` : '结合岗位开展一次志愿服务或攻坚实践'}`,
      ],
    };
  });
}
