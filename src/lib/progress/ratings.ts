/**
 * A member's optional overall rating of a module they studied (issue 18, 培训评估): four levels,
 * stored on the device with their progress and carried by the completion code as 1–4 (0 = none).
 */
export const RATING_LABELS = ['很满意', '满意', '基本满意', '不满意'] as const;

/** 1 = 很满意 … 4 = 不满意. */
export type Rating = 1 | 2 | 3 | 4;

export function isRating(value: unknown): value is Rating {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

export function ratingLabel(rating: Rating): string {
  return RATING_LABELS[rating - 1]!;
}
