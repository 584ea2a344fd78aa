import {
  REGISTRY_ID,
  REGISTRY_KIND_IDS,
  registryKindOf,
  type RegistryKind,
} from '../../../schemas/registry-kinds.ts';
import { TAXONOMY_KINDS, type Taxonomy } from '../../../schemas/taxonomy-kinds.ts';
import type { PlanRecord } from '../files/plans.ts';
import type { RegistryRead } from '../files/registries.ts';
import { createIssue, type ContentIssue } from './issue.ts';
import type { ModuleFacts } from './records.ts';

/** A file whose fields may name registry entries. */
interface Referrer {
  file: string;
  data: unknown;
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** Every value at `path` in `data`, `*` standing for each item of a list, with its real path. */
export function valuesAt(data: unknown, path: readonly string[]): { value: unknown; at: PropertyKey[] }[] {
  let found: { value: unknown; at: PropertyKey[] }[] = [{ value: data, at: [] }];
  for (const segment of path) {
    found = found.flatMap(({ value, at }) => {
      if (segment === '*')
        return Array.isArray(value) ? value.map((item, i) => ({ value: item, at: [...at, i] })) : [];
      if (value === null || typeof value !== 'object' || !(segment in value)) return [];
      return [{ value: (value as Record<string, unknown>)[segment], at: [...at, segment] }];
    });
  }
  return found;
}

/** `days[0].sessions[1].venue`: how a message names the field at a path. */
const fieldName = (at: readonly PropertyKey[]) =>
  at
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`))
    .join('')
    .slice(1);

/**
 * Every field that names a registry entry (REGISTRY_KINDS' `references`) must name one that exists;
 * a free-text field (a module's `lecturer`) may hold a name instead, which is only a warning when
 * it is the name of a lecturer who has an id. Taxonomy ids in registry files are checked too.
 */
export function checkRegistryReferences(
  read: RegistryRead,
  modules: readonly ModuleFacts[],
  plans: readonly PlanRecord[],
  taxonomy: Taxonomy,
): ContentIssue[] {
  const referrers = (from: string): Referrer[] => {
    if (from === 'modules') return [...modules];
    if (from === 'plans') return plans.map(({ file, plan, lineOf }) => ({ file, data: plan, lineOf }));
    return read.records.filter((record) => record.kind === from);
  };
  const issues: ContentIssue[] = [];
  for (const kind of REGISTRY_KIND_IDS) {
    const definition = registryKindOf(kind);
    const ids = read.ids[kind];
    const known = [...ids].join(', ') || `（content/${kind}/ 下还没有文件）`;
    const byName = new Map(
      read.records
        .filter((record) => record.kind === kind)
        .map((record) => [definition.title(record.data), record.id]),
    );
    for (const { from, path, freeText } of definition.references) {
      for (const { file, data, lineOf } of referrers(from)) {
        for (const { value, at } of valuesAt(data, path)) {
          if (typeof value !== 'string' || ids.has(value)) continue;
          const where = { file, line: lineOf(at), field: fieldName(at) };
          if (freeText && !REGISTRY_ID.test(value)) {
            const id = byName.get(value);
            if (id)
              issues.push(
                createIssue('registry-name-not-id', where, { label: definition.label, name: value, id }),
              );
            continue;
          }
          issues.push(createIssue('registry-unknown', where, { label: definition.label, id: value, known }));
        }
      }
    }
    issues.push(...checkTaxonomyIds(kind, read, taxonomy));
  }
  return issues;
}

/** Taxonomy ids a registry file names (a venue's groups, a lecturer's topics) must exist. */
function checkTaxonomyIds(kind: RegistryKind, read: RegistryRead, taxonomy: Taxonomy): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const facet of registryKindOf(kind).facets) {
    const names = facet.names as { taxonomy?: 'groups' | 'topics'; field?: string } | undefined;
    if (!names?.taxonomy || typeof names.field !== 'string') continue;
    const terms: readonly { id: string; name: string }[] = taxonomy[names.taxonomy];
    const known = new Set(terms.map((term) => term.id));
    const allowed = terms.map((term) => `${term.id}（${term.name}）`).join(', ');
    const { label } = TAXONOMY_KINDS[names.taxonomy];
    for (const record of read.records.filter((entry) => entry.kind === kind)) {
      for (const { value, at } of valuesAt(record.data, [names.field, '*'])) {
        if (typeof value !== 'string' || known.has(value)) continue;
        const where = { file: record.file, line: record.lineOf(at), field: fieldName(at) };
        issues.push(createIssue('unknown-reference', where, { label, id: value, allowed }));
      }
    }
  }
  return issues;
}
