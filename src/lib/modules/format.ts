import { roundHours } from './hours.ts';

/** `2` → `2 学时`, `1.5` → `1.5 学时`. */
export function formatHours(hours: number): string {
  return `${roundHours(hours)} 学时`;
}

/** A calendar date the way Chinese readers write it: 2026年3月15日. Always in UTC, as stored. */
export function formatDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}
