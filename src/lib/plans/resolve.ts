import type { ModuleFrontmatter } from '../../schemas/module.ts';
import type { PlanFile } from '../../schemas/plan.ts';
import type { Settings } from '../../schemas/settings.ts';
import type { Taxonomy } from '../../schemas/taxonomy-kinds.ts';
import type { Topic } from '../../schemas/taxonomy.ts';
import { roundHours, sumHours } from '../modules/hours.ts';
import { publishedOnly } from '../modules/publication.ts';
import { cycleOf, yearsOf } from './cycle-years.ts';
import { planGroupCycle, type GroupYear } from './group-cycle.ts';
import type { GroupPlan } from './types.ts';
import { planVersion } from './version.ts';

type Entry = { data: ModuleFrontmatter };

/** Everything a plan is resolved from. */
export interface PlanInput<T> {
  /** Modules in curriculum order; drafts may be among them (astro dev), only published ones are planned. */
  modules: readonly T[];
  /** Topics only give their order (the default rule's priority). */
  taxonomy: Pick<Taxonomy, 'groups' | 'stages'> & { topics: readonly Pick<Topic, 'id'>[] };
  /** The validated plan files (content/plans/<year>.yaml). */
  plans: readonly PlanFile[];
  settings: Pick<Settings, 'plan' | 'rotation'>;
}

/** Each group's cycle containing `year`, year by year, with the group's library. */
export function resolveGroupCycles<T extends Entry>(input: PlanInput<T>, year = input.settings.plan.year) {
  const cycle = cycleOf(year, input.settings.rotation);
  const files = new Map(input.plans.map((file) => [file.year, file.plan]));
  const published = publishedOnly(input.modules);
  return input.taxonomy.groups.map((group) => {
    const library = published.filter((module) => module.data.groups.includes(group.id));
    const { stages, topics } = input.taxonomy;
    const years = planGroupCycle({ group, library, stages, topics, files }, yearsOf(cycle));
    return { group, library, cycle, years };
  });
}

/**
 * Every group's plan for `year` (default: the plan year in settings), in groups.yaml order: the
 * plan file's entry for the group when there is one, otherwise the default rule's share of the
 * rotation cycle. Entries come back untouched, so pages render them directly.
 */
export function resolvePlans<T extends Entry>(
  input: PlanInput<T>,
  year = input.settings.plan.year,
): GroupPlan<T>[] {
  const file = input.plans.find((plan) => plan.year === year)?.plan;
  const themes = [1, 2, 3, 4].map(
    (quarter) => file?.themes.find((theme) => theme.quarter === quarter)?.theme,
  );
  return resolveGroupCycles(input, year).map(({ group, library, cycle, years }) => {
    const slice = years.find((planned) => planned.year === year)!;
    const requiredHours = sumHours(slice.required.map(({ entry }) => entry.data));
    return {
      group,
      year,
      origin: slice.origin,
      cycle,
      required: slice.required,
      electives: electivesOf(slice, library),
      requiredHours,
      targetHours: group.requiredHours,
      shortfall: Math.max(0, roundHours(group.requiredHours - requiredHours)),
      themes,
      version: planVersion(
        year,
        slice.required.map(({ entry }) => entry.data.code),
      ),
    };
  });
}

/** A plan file's electives as listed; otherwise the rest of the group's library. */
function electivesOf<T extends Entry>(slice: GroupYear<T>, library: readonly T[]): T[] {
  if (slice.written?.electives) {
    const byCode = new Map(library.map((module) => [module.data.code, module]));
    return slice.written.electives.flatMap((code) => byCode.get(code) ?? []);
  }
  const required = new Set(slice.required.map(({ entry }) => entry));
  return library.filter((module) => !required.has(module));
}
