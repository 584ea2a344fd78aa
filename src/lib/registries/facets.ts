import { registryKindOf, type RegistryKind } from '../../schemas/registry-kinds.ts';

// What a registry entry's card, page and list filters show of it: each facet of its kind
// (REGISTRY_KINDS' `facets`) with its values by their Chinese names, so every kind's pages are
// drawn by the same components.

/** A facet value: its id (what a filter matches) and the name members read. */
export interface FacetValue {
  id: string;
  name: string;
}

export interface EntryFacet {
  key: string;
  label: string;
  values: FacetValue[];
  filter: boolean;
}

/** Looks up a taxonomy term's Chinese name (`getCurriculum().nameOf`). */
export type TermName = (kind: 'groups' | 'topics', id: string) => string;

/** The facets of one entry, in table order; facets without a value are left out. */
export function entryFacets(kind: RegistryKind, data: unknown, termName: TermName): EntryFacet[] {
  return registryKindOf(kind).facets.flatMap(({ key, label, valuesOf, names, filter }) => {
    const ids = [...new Set(valuesOf(data))];
    if (!ids.length) return [];
    const nameOf = (id: string): string => {
      if (!names) return id;
      // A fixed table may itself have a key `taxonomy`; a taxonomy reference names one of two kinds.
      const { taxonomy } = names as { taxonomy?: unknown };
      if (taxonomy === 'groups' || taxonomy === 'topics') return termName(taxonomy, id);
      return (names as Readonly<Record<string, string>>)[id] ?? id;
    };
    return [{ key, label, values: ids.map((id) => ({ id, name: nameOf(id) })), filter }];
  });
}

/** One filter of a list page: a facet and every value its entries have, with counts, by name. */
export interface FilterOption {
  key: string;
  label: string;
  options: (FacetValue & { count: number })[];
}

/** The list page's filters: every filterable facet with the values found among `entries`. */
export function filterOptions(
  kind: RegistryKind,
  entries: readonly { data: unknown }[],
  termName: TermName,
): FilterOption[] {
  const byKey = new Map<string, FilterOption>();
  for (const { data } of entries) {
    for (const facet of entryFacets(kind, data, termName)) {
      if (!facet.filter) continue;
      const filter = byKey.get(facet.key) ?? { key: facet.key, label: facet.label, options: [] };
      byKey.set(facet.key, filter);
      for (const value of facet.values) {
        const option = filter.options.find((each) => each.id === value.id);
        if (option) option.count++;
        else filter.options.push({ ...value, count: 1 });
      }
    }
  }
  // Facet order of the table; values by name, as a member scans a drop-down.
  return registryKindOf(kind)
    .facets.flatMap(({ key }) => byKey.get(key) ?? [])
    .map((filter) => ({
      ...filter,
      options: filter.options.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    }));
}
