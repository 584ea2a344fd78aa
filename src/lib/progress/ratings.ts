/**
 * A member's optional overall rating of a module they studied (issue 18, 培训评估): four levels,
 * stored on the device with their progress and carried by the completion code as 1–4 (0 = none).
 */
import { SATISFACTION_LEVELS } from '../evaluation/levels.ts';

/** The scale's one home is the evaluation domain: the phone and the paper card read the same words. */
export const RATING_LABELS = SATISFACTION_LEVELS;

/** 1 = 很满意 … 4 = 不满意. */
export type Rating = 1 | 2 | 3 | 4;

export function isRating(value: unknown): value is Rating {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

export function ratingLabel(rating: Rating): string {
  return RATING_LABELS[rating - 1]!;
}
