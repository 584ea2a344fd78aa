import type { CycleYear } from '../types.ts';

/**
 * How pages, packs and the verify page name a plan year, in one place so that a printed pack, the
 * path page and a verified completion code say the same thing.
 */
const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** `2027年度学习计划`. */
export function planTitle(year: number): string {
  return `${year}年度学习计划`;
}

/** `三年轮训第1年`, or undefined when there is no rotation (a cycle of one year). */
export function rotationLabel(cycle: CycleYear): string | undefined {
  return cycle.years > 1 ? `${NUMERALS[cycle.years] ?? cycle.years}年轮训第${cycle.index}年` : undefined;
}

/** `2027年度 · 三年轮训第1年`, or `2027年度` without a rotation. */
export function planYearLine({ year, cycle }: { year: number; cycle: CycleYear }): string {
  return [`${year}年度`, rotationLabel(cycle)].filter(Boolean).join(' · ');
}
