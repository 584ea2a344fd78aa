import { sumHours } from '../../src/lib/modules/hours.ts';
import type { GroupPlan } from '../../src/lib/plans/types.ts';
import type { ModuleFrontmatter } from '../../src/schemas/module.ts';
import type { Group } from '../../src/schemas/taxonomy.ts';

/** A resolved plan by hand: the given modules required in order, for tests of what a plan drives. */
export function makePlan<T extends { data: ModuleFrontmatter }>(
  group: Group,
  required: readonly T[],
  electives: readonly T[] = [],
  year = 2027,
): GroupPlan<T> {
  const requiredHours = sumHours(required.map(({ data }) => data));
  return {
    group,
    year,
    origin: 'file',
    cycle: { years: 1, startYear: year, index: 1 },
    required: required.map((entry) => ({ entry })),
    electives: [...electives],
    requiredHours,
    targetHours: group.requiredHours,
    shortfall: Math.max(0, group.requiredHours - requiredHours),
    themes: [undefined, undefined, undefined, undefined],
    version: `${year}-TEST`,
  };
}
