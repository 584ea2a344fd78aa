import type { ModuleFrontmatter } from '../../schemas/module.ts';
import {
  TAXONOMY_KIND_IDS,
  TAXONOMY_KINDS,
  termIdsOf,
  type TaxonomyKind,
} from '../../schemas/taxonomy-kinds.ts';

/** One line of a module's facts: a taxonomy kind and the terms the module names for it. */
export interface TermFact {
  kind: TaxonomyKind;
  /** The kind's Chinese name, e.g. `专题`. */
  label: string;
  /** Whether the module field is a list, so the terms read as one list rather than one value. */
  many: boolean;
  terms: { id: string; name: string }[];
}

/**
 * A module's taxonomy terms, kind by kind in table order, with their names: the one list the
 * header card and the print header both show, so a new kind appears in both. Kinds the module
 * leaves out (an optional field) are skipped.
 */
export function termFactsOf(
  module: ModuleFrontmatter,
  nameOf: (kind: TaxonomyKind, id: string) => string,
): TermFact[] {
  return TAXONOMY_KIND_IDS.map((kind) => ({
    kind,
    label: TAXONOMY_KINDS[kind].label,
    many: TAXONOMY_KINDS[kind].many,
    terms: termIdsOf(module, kind).map((id) => ({ id, name: nameOf(kind, id) })),
  })).filter((fact) => fact.terms.length > 0);
}
