import type { ModuleFrontmatter } from '../schemas/module.ts';
import type { Taxonomy, TaxonomyKind } from '../schemas/taxonomy.ts';

/** The taxonomy kinds a member can browse by, with the module field each one reads. */
export const FACETS = {
  topics: { field: 'topic', label: '专题', title: '按专题浏览' },
  stages: { field: 'stage', label: '阶段', title: '按阶段浏览' },
  groups: { field: 'groups', label: '党员类别', title: '按党员类别浏览' },
  tiers: { field: 'tiers', label: '层级', title: '按层级浏览' },
  formats: { field: 'format', label: '形式', title: '按形式浏览' },
} as const satisfies Record<TaxonomyKind, { field: keyof ModuleFrontmatter; label: string; title: string }>;

export type Facet = keyof typeof FACETS;
export const FACET_NAMES = Object.keys(FACETS) as Facet[];

/** The term ids a module is tagged with for one facet (one for stage/topic/format, many for tiers/groups). */
export function termsOf(module: ModuleFrontmatter, facet: Facet): string[] {
  const value = module[FACETS[facet].field];
  return Array.isArray(value) ? value : [value];
}

export function modulesWithTerm<T extends ModuleFrontmatter>(
  modules: readonly T[],
  facet: Facet,
  termId: string,
): T[] {
  return modules.filter((module) => termsOf(module, facet).includes(termId));
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

/** Number of modules and total 学时 per term of a facet, for landing pages. */
export function summariseTerms(
  modules: readonly ModuleFrontmatter[],
  facet: Facet,
  termIds: readonly string[],
) {
  return termIds.map((id) => {
    const tagged = modulesWithTerm(modules, facet, id);
    return { id, count: tagged.length, hours: sumHours(tagged) };
  });
}

/** Sum of 学时, rounded to avoid 0.1 + 0.2 artefacts in what members see. */
export function sumHours(modules: readonly Pick<ModuleFrontmatter, 'hours'>[]): number {
  return Math.round(modules.reduce((total, module) => total + module.hours, 0) * 100) / 100;
}
