import type { ModuleFrontmatter } from '../../schemas/module.ts';
import { sumHours } from '../modules/hours.ts';
import { resolveGroupCycles, type PlanInput } from './resolve.ts';
import type { CycleRow } from './types.ts';

/**
 * The rotation at a glance (group × year): each group's required modules and 学时 in every year
 * of the cycle that contains `year`, and the modules no year requires.
 */
export function createCycleTable<T extends { data: ModuleFrontmatter }>(
  input: PlanInput<T>,
  year = input.settings.plan.year,
): { years: number[]; rows: CycleRow<T>[] } {
  const cycles = resolveGroupCycles(input, year);
  const rows = cycles.map(({ group, library, years }): CycleRow<T> => {
    const slices = years.map(({ year: sliceYear, origin, required }) => {
      const modules = required.map(({ entry }) => entry);
      return { year: sliceYear, origin, modules, hours: sumHours(modules.map(({ data }) => data)) };
    });
    const planned = new Set(slices.flatMap((slice) => slice.modules));
    return {
      group,
      targetHours: group.requiredHours,
      slices,
      unscheduled: library.filter((m) => !planned.has(m)),
    };
  });
  const years = cycles[0]?.years.map((planned) => planned.year) ?? [];
  return { years, rows };
}
