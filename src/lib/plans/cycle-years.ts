import type { Settings } from '../../schemas/settings.ts';
import type { CycleYear } from './types.ts';

/**
 * The rotation cycle that contains `year`: cycles of `rotation.years` follow each other from
 * `rotation.startYear` (and, for years before it, precede it the same way).
 */
export function cycleOf(year: number, rotation: Settings['rotation']): CycleYear {
  const offset = year - rotation.startYear;
  const startYear = rotation.startYear + Math.floor(offset / rotation.years) * rotation.years;
  return { years: rotation.years, startYear, index: year - startYear + 1 };
}

/** Every year of a cycle, in order. */
export function yearsOf(cycle: CycleYear): number[] {
  return Array.from({ length: cycle.years }, (_, i) => cycle.startYear + i);
}
