/**
 * Stale content: modules whose `reviewBy` date has passed, or whose `updated` date is older than
 * the organization's review age. Pure, so the checker and the maintainers' page agree exactly.
 * All dates are calendar days as `CalendarDateSchema` makes them: midnight UTC (see calendar.ts).
 */
import { addMonths, daysBetween } from '../platform/calendar.ts';

/** The fields staleness depends on; both checker records and collection entries have them. */
export interface Dated {
  updated: Date;
  reviewBy?: Date | undefined;
}

export type StaleReason =
  /** The lecturer set a review date and it has passed. */
  | { kind: 'review-due'; dueDate: Date; daysOverdue: number }
  /** Not revised for longer than `review.maxAgeMonths` in content/settings.yaml. */
  | { kind: 'too-old'; dueDate: Date; daysOverdue: number; maxAgeMonths: number };

export interface StaleOptions {
  /** The calendar day to judge by; injectable so tests and builds are reproducible. */
  today: Date;
  maxAgeMonths: number;
}

/** Why a module needs review, earliest due date first; empty when it is current. */
export function staleReasons(data: Dated, { today, maxAgeMonths }: StaleOptions): StaleReason[] {
  const reasons: StaleReason[] = [];
  // A review date is the last day the content counts as current, so it is overdue the day after.
  if (data.reviewBy && today > data.reviewBy) {
    reasons.push({
      kind: 'review-due',
      dueDate: data.reviewBy,
      daysOverdue: daysBetween(data.reviewBy, today),
    });
  }
  const ageLimit = addMonths(data.updated, maxAgeMonths);
  if (today > ageLimit) {
    reasons.push({
      kind: 'too-old',
      dueDate: ageLimit,
      daysOverdue: daysBetween(ageLimit, today),
      maxAgeMonths,
    });
  }
  return reasons.sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime());
}

export interface StaleItem<T> {
  item: T;
  reasons: StaleReason[];
  /** The earliest due date among the reasons: how long the module has needed review. */
  overdueSince: Date;
}

/** Every stale item with its reasons, longest overdue first. */
export function findStale<T>(items: T[], dataOf: (item: T) => Dated, options: StaleOptions): StaleItem<T>[] {
  return items
    .map((item) => ({ item, reasons: staleReasons(dataOf(item), options) }))
    .filter((entry) => entry.reasons.length > 0)
    .map((entry) => ({ ...entry, overdueSince: entry.reasons[0]!.dueDate }))
    .sort((a, b) => a.overdueSince.getTime() - b.overdueSince.getTime());
}

/** Rows per page of the maintainers' list. */
export const STALE_PAGE_SIZE = 50;
