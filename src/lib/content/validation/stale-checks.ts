import { isoDay } from '../../platform/calendar.ts';
import { staleReasons, type StaleOptions } from '../stale.ts';
import { createIssue, type ContentIssue } from './issue.ts';
import type { ModuleRecord } from './records.ts';

/**
 * Warnings (never errors: old content is still correct content) for modules due for review,
 * located at the date field that made them due.
 */
export function checkStaleContent(modules: ModuleRecord[], options: StaleOptions): ContentIssue[] {
  return modules.flatMap(({ file, data, lineOf }) =>
    staleReasons(data, options).map((reason) => {
      const days = reason.daysOverdue;
      if (reason.kind === 'review-due') {
        const at = { file, line: lineOf(['reviewBy']), field: 'reviewBy' };
        return createIssue('review-due', at, { date: isoDay(reason.dueDate), days });
      }
      const at = { file, line: lineOf(['updated']), field: 'updated' };
      const dates = { updated: isoDay(data.updated), due: isoDay(reason.dueDate) };
      return createIssue('content-old', at, { months: reason.maxAgeMonths, ...dates, days });
    }),
  );
}
