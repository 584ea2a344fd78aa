// The taxonomy kinds as `npm run new` sees them, read from the kinds table: the ones a lecturer
// chooses (a flag, a prompt, a frontmatter line each) and the ones that follow from those choices.
import {
  TAXONOMY_KIND_IDS,
  TAXONOMY_KINDS,
  termIdsOf,
  type Taxonomy,
  type TaxonomyField,
  type TaxonomyKind,
  type TaxonomyKindDefinition,
} from '../../../schemas/taxonomy-kinds.ts';

type Definition<K extends TaxonomyKind> = (typeof TAXONOMY_KINDS)[K];

/** A kind whose terms the lecturer chooses: every kind not derived from another. */
export type ChosenKind = {
  [K in TaxonomyKind]: Definition<K> extends { derivedFrom: string } ? never : K;
}[TaxonomyKind];
/** The module field of a chosen kind, e.g. `topic`; also the name of its flag. */
export type ChosenField = TaxonomyField<ChosenKind>;

/** One kind's entry, typed so that properties only some kinds carry can be read. */
export function definitionOf(kind: TaxonomyKind): TaxonomyKindDefinition {
  return TAXONOMY_KINDS[kind];
}

/** The chosen kinds in table order, which is also the order of flags, prompts and frontmatter. */
export const CHOSEN_KINDS = TAXONOMY_KIND_IDS.filter(
  (kind) => !definitionOf(kind).derivedFrom,
) as ChosenKind[];

type TermValue<K extends TaxonomyKind> = Definition<K>['many'] extends true ? string[] : string;
/** Term ids by module field for the given kinds: required kinds present, optional ones may be absent. */
export type TermValues<K extends TaxonomyKind> = {
  [P in K as Definition<P>['required'] extends true ? TaxonomyField<P> : never]: TermValue<P>;
} & {
  [P in K as Definition<P>['required'] extends true ? never : TaxonomyField<P>]?: TermValue<P> | undefined;
};

/** The terms of any kind, as the fields every kind shares. */
export function termsOf(
  taxonomy: Taxonomy,
  kind: TaxonomyKind,
): readonly { id: string; name: string; description: string }[] {
  return taxonomy[kind];
}

/**
 * The ids of a derived kind for a module: every term that the module's `derivedFrom` terms list
 * under the kind's field, in taxonomy order (a module's tiers are all tiers of its groups, so each
 * group's tiers overlap the module's).
 */
export function derivedTermIds(
  kind: TaxonomyKind,
  module: Parameters<typeof termIdsOf>[0],
  taxonomy: Taxonomy,
): string[] {
  const source = definitionOf(kind).derivedFrom as TaxonomyKind;
  const chosen = new Set(termIdsOf(module, source));
  const field = TAXONOMY_KINDS[kind].field;
  const wanted = new Set(
    (termsOf(taxonomy, source) as readonly Record<string, unknown>[])
      .filter((term) => chosen.has(term['id'] as string))
      .flatMap((term) => (term[field] as string[] | undefined) ?? []),
  );
  return termsOf(taxonomy, kind)
    .map((term) => term.id)
    .filter((id) => wanted.has(id));
}
