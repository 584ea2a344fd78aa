import type { BodyOutline } from './body-outline.ts';
import type { ModuleFrontmatter } from '../../schemas/module.ts';
import type { Taxonomy, TaxonomyKind } from '../../schemas/taxonomy.ts';

/** A module whose frontmatter passed the schema, with positions for later checks. */
export interface ModuleRecord {
  file: string;
  data: ModuleFrontmatter;
  lineOf: (path: readonly PropertyKey[]) => number;
  /** Anchors, links and images of the body; absent when the body has an MDX syntax error. */
  outline?: BodyOutline | undefined;
}

/** Where each taxonomy entry was defined, for duplicate-id messages. */
export interface TaxonomySource {
  file: string;
  lineOf: (path: readonly PropertyKey[]) => number;
}

export interface TaxonomyRecord {
  taxonomy: Taxonomy;
  sources: Partial<Record<TaxonomyKind, TaxonomySource>>;
}
