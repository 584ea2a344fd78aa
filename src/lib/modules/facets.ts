import type { ModuleFrontmatter } from '../../schemas/module.ts';
import { sumHours } from './hours.ts';
import { termIdsOf, type Taxonomy, type TaxonomyKind } from '../../schemas/taxonomy-kinds.ts';

// Members browse by every taxonomy kind; the kinds, their module fields and labels live in
// `schemas/taxonomy-kinds.ts`. This file holds what browsing computes from them.

/** The modules tagged with one term of a kind. */
export function modulesWithTerm<T extends ModuleFrontmatter>(
  modules: readonly T[],
  kind: TaxonomyKind,
  termId: string,
): T[] {
  return modules.filter((module) => termIdsOf(module, kind).includes(termId));
}

/** Curriculum order: by stage, then by code. Stable for equal keys. */
export function sortByStageAndCode<T extends ModuleFrontmatter>(
  modules: readonly T[],
  taxonomy: Pick<Taxonomy, 'stages'>,
): T[] {
  const rank = new Map(taxonomy.stages.map((stage) => [stage.id, stage.order]));
  return [...modules].sort(
    (a, b) =>
      (rank.get(a.stage) ?? Infinity) - (rank.get(b.stage) ?? Infinity) || a.code.localeCompare(b.code),
  );
}

/** Number of modules and total 学时 per term of a kind, for landing pages. */
export function summariseTerms(
  modules: readonly ModuleFrontmatter[],
  kind: TaxonomyKind,
  termIds: readonly string[],
) {
  return termIds.map((id) => {
    const tagged = modulesWithTerm(modules, kind, id);
    return { id, count: tagged.length, hours: sumHours(tagged) };
  });
}
