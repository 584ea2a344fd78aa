import { isoDay, staleReasons, type StaleOptions } from '../stale.ts';
import type { ContentIssue } from './issue.ts';
import { messages } from './messages.ts';
import type { ModuleRecord } from './records.ts';

/**
 * Warnings (never errors: old content is still correct content) for modules due for review,
 * located at the date field that made them due.
 */
export function checkStaleContent(modules: ModuleRecord[], options: StaleOptions): ContentIssue[] {
  return modules.flatMap(({ file, data, lineOf }) =>
    staleReasons(data, options).map((reason): ContentIssue => {
      const base = { file, severity: 'warning' as const };
      if (reason.kind === 'review-due') {
        return {
          ...base,
          line: lineOf(['reviewBy']),
          field: 'reviewBy',
          code: 'review-due',
          message: messages.reviewDue(isoDay(reason.dueDate), reason.daysOverdue),
          allowed: '复核内容后，把 updated 改为复核当天，并把 reviewBy 改为下一次复核日期',
        };
      }
      return {
        ...base,
        line: lineOf(['updated']),
        field: 'updated',
        code: 'content-old',
        message: messages.contentOld(
          reason.maxAgeMonths,
          isoDay(data.updated),
          isoDay(reason.dueDate),
          reason.daysOverdue,
        ),
        allowed:
          '复核内容后把 updated 改为复核当天；期限由 content/settings.yaml 的 review.maxAgeMonths 设定',
      };
    }),
  );
}
