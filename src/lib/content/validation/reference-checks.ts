import { TAXONOMY_KIND_IDS, TAXONOMY_KINDS, termIdsOf } from '../../../schemas/taxonomy-kinds.ts';
import { dependsOn } from './dependents.ts';
import { createIssue, type ContentIssue } from './issue.ts';
import type { ModuleFacts } from './records.ts';
import type { TaxonomyRecord } from '../files/taxonomy.ts';

/**
 * Every id a module names for a taxonomy kind must exist in that kind's YAML, for each kind of
 * the kinds table; and each member group a module names must share a tier with it. Astro's own
 * `reference()` only logs a missing entry, so these are checked here. Each problem is marked with
 * the term it hangs on, so a broken taxonomy file folds them instead of blaming every module.
 */
export function checkTaxonomyReferences(
  modules: readonly ModuleFacts[],
  { taxonomy }: TaxonomyRecord,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const kind of TAXONOMY_KIND_IDS) {
    const { field, many, label } = TAXONOMY_KINDS[kind];
    const terms: readonly { id: string; name: string }[] = taxonomy[kind];
    const known = new Set(terms.map((term) => term.id));
    const allowed = terms.map((term) => `${term.id}（${term.name}）`).join(', ');
    for (const { file, data, lineOf } of modules) {
      termIdsOf(data, kind).forEach((id, i) => {
        if (known.has(id)) return;
        const path = many ? [field, i] : [field];
        const at = { file, line: lineOf(path), field: many ? `${field}[${i}]` : field };
        issues.push(dependsOn(createIssue('unknown-reference', at, { label, id, allowed }), { kind, id }));
      });
    }
  }
  return [...issues, ...checkGroupTiers(modules, taxonomy)];
}

/** A module for a member group must be meant for one of the tiers the group belongs to. */
function checkGroupTiers(
  modules: readonly ModuleFacts[],
  taxonomy: TaxonomyRecord['taxonomy'],
): ContentIssue[] {
  const tierName = new Map(taxonomy.tiers.map((tier) => [tier.id, tier.name]));
  return modules.flatMap(({ file, data: { groups = [], tiers }, lineOf }) =>
    groups.flatMap((groupId, i) => {
      const group = taxonomy.groups.find((g) => g.id === groupId);
      // Without valid tiers of its own, the module cannot be matched against its groups.
      if (!tiers || !group || group.tiers.some((tier) => tiers.includes(tier))) return [];
      const at = { file, line: lineOf(['groups', i]), field: `groups[${i}]` };
      const issue = createIssue('tier-group-mismatch', at, {
        groupLabel: TAXONOMY_KINDS.groups.label,
        group: group.name,
        tierNames: group.tiers.map((tier) => tierName.get(tier) ?? tier).join('/'),
        // Only tiers that exist are worth adding; a group naming others is broken and folded.
        tierIds: group.tiers.filter((tier) => tierName.has(tier)),
      });
      const tierRefs = group.tiers.map((id) => ({ kind: 'tiers' as const, id }));
      return [dependsOn(issue, ...tierRefs, { kind: 'groups', id: groupId })];
    }),
  );
}
