import type { ModuleFrontmatter } from '../../schemas/module.ts';
import type { Group } from '../../schemas/taxonomy.ts';
import type { GroupPlan } from '../plans/types.ts';
import { fingerprintHex, pathFingerprint } from '../plans/checksums.ts';
import type { PublishedPath, PublishedPlan } from './verify.ts';

type Entry = { data: Pick<ModuleFrontmatter, 'code' | 'title' | 'hours'> };

function published(version: string, year: number | undefined, modules: readonly Entry[]): PublishedPlan {
  const codes = modules.map(({ data }) => data.code);
  return {
    version,
    year,
    fingerprint: pathFingerprint(codes),
    modules: modules.map(({ data: { code, title, hours } }) => ({ code, title, hours })),
  };
}

/**
 * A group's path.json: the current plan first, then the plans of earlier years, then the study path
 * as it was before yearly plans (every module tagged for the group), so that every completion code
 * ever handed out can still be read module by module while its plan is unchanged. Versions are the
 * keys: a year whose plan did not change since appears once.
 */
export function createPublishedPath<T extends Entry>(
  group: Pick<Group, 'id' | 'name'>,
  current: GroupPlan<T>,
  earlier: readonly GroupPlan<T>[],
  libraryPath: readonly T[],
): PublishedPath {
  const plans = [current, ...[...earlier].sort((a, b) => b.year - a.year)].map((plan) =>
    published(
      plan.version,
      plan.year,
      plan.required.map(({ entry }) => entry),
    ),
  );
  const legacy = published('', undefined, libraryPath);
  legacy.version = `path-${fingerprintHex(legacy.fingerprint)}`;
  const unique = [...new Map([...plans, legacy].map((plan) => [plan.version, plan])).values()];
  return { groupId: group.id, groupName: group.name, current: current.version, plans: unique };
}

/**
 * The published path of `plan`'s group, from the curriculum's earlier plans and study paths: what
 * path.json serves and what the ledger's data carries, assembled in one place.
 */
export function publishedPathOf<T extends Entry>(
  plan: GroupPlan<T> & { group: Pick<Group, 'id' | 'name'> },
  curriculum: {
    earlierPlans: readonly (GroupPlan<T> & { group: Pick<Group, 'id'> })[];
    paths: readonly { group: Pick<Group, 'id'>; modules: readonly T[] }[];
  },
): PublishedPath {
  const earlier = curriculum.earlierPlans.filter((older) => older.group.id === plan.group.id);
  const library = curriculum.paths.find((path) => path.group.id === plan.group.id)?.modules ?? [];
  return createPublishedPath(plan.group, plan, earlier, library);
}
