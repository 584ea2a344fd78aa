import type { IssueDefinition } from './definition.ts';

// Problems only a class file (content/classes/<id>.yaml) can have. Unknown venue and lecturer ids
// are the registries' own issues (every kind checks its references alike); a class's module codes
// and member groups are checked here, like a plan's.

/** A session of a class, as a message names it: its day and half-day and its title. */
interface SessionFacts {
  date: string;
  slot: string;
  title: string;
}

/** Problems in the training classes (content/classes/<id>.yaml). */
export const CLASSES_ISSUES = {
  'class-dates-reversed': {
    severity: 'error',
    message: ({ startDate, endDate }: { startDate: string; endDate: string }) =>
      `结业日期 endDate（${endDate}）早于开班日期 startDate（${startDate}）`,
    hint: 'endDate 不早于 startDate',
    guide: 'classes#培训班次',
  },
  'class-day-out-of-range': {
    severity: 'error',
    message: ({
      day,
      date,
      startDate,
      endDate,
    }: {
      day: number;
      date: string;
      startDate: string;
      endDate: string;
    }) => `第 ${day} 天的日期 ${date} 不在班次日期 ${startDate} 至 ${endDate} 之内`,
    hint: ({ startDate, endDate }: { startDate: string; endDate: string }) =>
      `${startDate} 至 ${endDate} 之间的日期，或改动 startDate / endDate`,
    guide: 'classes#培训班次',
  },
  'class-day-repeated': {
    severity: 'error',
    message: ({ date }: { date: string }) => `日期 ${date} 在 days 中写了两次`,
    hint: '同一天的课写在一个 date 下面的 sessions 里',
    guide: 'classes#培训班次',
  },
  'class-module-unknown': {
    severity: 'error',
    message: ({ code }: { code: string; known: string }) => `班次中的模块「${code}」不存在`,
    hint: ({ known }: { known: string }) => known,
    guide: 'classes#培训班次',
  },
  'class-module-draft': {
    severity: 'error',
    message: ({ code }: { code: string }) => `班次中的模块「${code}」仍是草稿（draft），学员看不到它`,
    hint: '已发布（published）的模块，或先发布这个模块',
    guide: 'classes#培训班次',
  },
  'class-group-unknown': {
    severity: 'error',
    message: ({ groupLabel, id }: { groupLabel: string; id: string; allowed: string }) =>
      `班次的培训对象（${groupLabel}）「${id}」不存在`,
    hint: ({ allowed }: { allowed: string }) => allowed,
    guide: 'classes#培训班次',
  },
  'class-lecturer-double-booked': {
    severity: 'error',
    message: ({ lecturer, first, second }: { lecturer: string; first: SessionFacts; second: SessionFacts }) =>
      `授课人「${lecturer}」在 ${second.date} ${second.slot}同时排了两场课：「${first.title}」和「${second.title}」`,
    hint: '同一个半天，一位授课人只排一场课；换一位授课人，或把其中一场移到别的半天',
    guide: 'classes#培训班次',
  },
} as const satisfies Record<string, IssueDefinition>;
