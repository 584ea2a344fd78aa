import { z } from 'astro/zod';
import { TAXONOMY_KIND_IDS, TAXONOMY_KINDS, type TaxonomyKind } from './taxonomy-kinds.ts';

type KindDefinition = (typeof TAXONOMY_KINDS)[TaxonomyKind];
type IdsSchema<D extends KindDefinition> = D['many'] extends true ? z.ZodArray<z.ZodString> : z.ZodString;
type FieldSchema<D extends KindDefinition> = D['required'] extends true
  ? IdsSchema<D>
  : z.ZodOptional<IdsSchema<D>>;

/** The module frontmatter fields that reference the taxonomy, one per kind, typed from the table. */
export type TaxonomyFieldShape = {
  [K in TaxonomyKind as (typeof TAXONOMY_KINDS)[K]['field']]: FieldSchema<(typeof TAXONOMY_KINDS)[K]>;
};

/**
 * One module field per taxonomy kind: a list of at least one id when the kind is `many`, else one
 * id; optional when the kind is not `required`. Ids are plain strings here: whether they exist is
 * checked across entries by the content checker, because the taxonomy itself is data.
 */
export function taxonomyFieldShape(): TaxonomyFieldShape {
  return Object.fromEntries(
    TAXONOMY_KIND_IDS.map((kind) => {
      const { field, many, required } = TAXONOMY_KINDS[kind];
      const ids = many ? z.array(z.string()).min(1) : z.string();
      return [field, required ? ids : ids.optional()];
    }),
  ) as TaxonomyFieldShape;
}
