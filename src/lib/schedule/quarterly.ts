import { addDays, addMonths } from '../calendar.ts';
import { nextWorkingDay } from './dates.ts';
import { splitByWeight } from './split.ts';
import type { ScheduledModule, ScheduleEvent } from './types.ts';

const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'];

/**
 * The SASAC cadence: every quarter one concentrated study and one discussion, held separately
 * with a gap between them. The path's modules are spread over the four quarters by 学时 in path
 * order; each discussion takes its theme from that quarter's modules, set before the session.
 */
export function createQuarterlySchedule(
  modules: readonly ScheduledModule[],
  { startDate, discussionGapDays }: { startDate: Date; discussionGapDays: number },
): ScheduleEvent[] {
  return splitByWeight(modules, 4, (module) => module.hours).flatMap((quarterModules, q) => {
    if (quarterModules.length === 0) return [];
    const studyDate = nextWorkingDay(addMonths(startDate, q * 3));
    const questions = quarterModules.flatMap((module) =>
      module.discussion.map((question) => `${module.code}：${question}`),
    );
    return [
      {
        id: `q${q + 1}-study`,
        date: studyDate,
        kind: 'study' as const,
        title: `${QUARTER_NAMES[q]}集中学习`,
        modules: quarterModules,
        notes: ['会前由党支部或上级党委确定本季度研讨主题。'],
      },
      {
        id: `q${q + 1}-discussion`,
        date: nextWorkingDay(addDays(studyDate, discussionGapDays)),
        kind: 'discussion' as const,
        title: `${QUARTER_NAMES[q]}专题研讨`,
        modules: quarterModules,
        notes: [...questions, '会后收集“好办法、金点子、小妙招”。'],
      },
    ];
  });
}
