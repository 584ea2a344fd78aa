import { addDays, addMonths } from '../../platform/calendar.ts';
import { nextWorkingDay, sessionDay } from './dates.ts';
import { WEEKENDS_ONLY, type WorkCalendar } from './holidays.ts';
import { splitWithAssignments } from './assigned-split.ts';
import { NO_PLAN_PERIODS, type PlanPeriods } from './plan-periods.ts';
import type { ScheduledModule, ScheduleEvent } from './types.ts';

const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'];

/**
 * The SASAC cadence: every quarter one concentrated study and one discussion, held separately
 * with a gap between them. Modules the plan assigns to a quarter (or a month of it) are studied
 * there; the others are spread over the four quarters by 学时 in path order. Each discussion
 * carries the quarter's theme (研讨主题) when the plan sets one in advance, and the questions of
 * that quarter's modules.
 */
export function createQuarterlySchedule(
  modules: readonly ScheduledModule[],
  { startDate, discussionGapDays }: { startDate: Date; discussionGapDays: number },
  plan: PlanPeriods = NO_PLAN_PERIODS,
  calendar: WorkCalendar = WEEKENDS_ONLY,
): ScheduleEvent[] {
  const quarterOf = (module: ScheduledModule) => {
    const month = plan.monthOf(module.code);
    const quarter = month === undefined ? plan.quarterOf(module.code) : Math.ceil(month / 3);
    return quarter === undefined ? undefined : quarter - 1;
  };
  const quarters = splitWithAssignments(modules, 4, (module) => module.hours, quarterOf);
  return quarters.flatMap((quarterModules, q) => {
    const theme = plan.themes[q];
    // A quarter with a theme holds its discussion even when no module falls in it.
    if (quarterModules.length === 0 && !theme) return [];
    const { date: studyDate, notes: moved } = sessionDay(addMonths(startDate, q * 3), calendar);
    const questions = quarterModules.flatMap((module) =>
      module.discussion.map((question) => `${module.code}：${question}`),
    );
    const study: ScheduleEvent[] = quarterModules.length
      ? [
          {
            id: `q${q + 1}-study`,
            date: studyDate,
            kind: 'study',
            title: `${QUARTER_NAMES[q]}集中学习`,
            modules: quarterModules,
            notes: [
              ...moved,
              theme ? `本季度研讨主题：${theme}` : '会前由党支部或上级党委确定本季度研讨主题。',
            ],
          },
        ]
      : [];
    const discussion: ScheduleEvent = {
      id: `q${q + 1}-discussion`,
      date: nextWorkingDay(addDays(studyDate, discussionGapDays), calendar),
      kind: 'discussion',
      title: `${QUARTER_NAMES[q]}专题研讨${theme ? `：${theme}` : ''}`,
      theme,
      modules: quarterModules,
      notes: [...(theme ? [`研讨主题：${theme}`] : []), ...questions, '会后收集“好办法、金点子、小妙招”。'],
    };
    return [...study, discussion];
  });
}
