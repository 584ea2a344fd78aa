import type { BodyOutline } from './body-outline.ts';
import type { ModuleFrontmatter } from '../../schemas/module.ts';

/** A module whose frontmatter passed the schema, with positions for later checks. */
export interface ModuleRecord {
  file: string;
  data: ModuleFrontmatter;
  lineOf: (path: readonly PropertyKey[]) => number;
  /** Anchors, links and images of the body; absent when the body has an MDX syntax error. */
  outline?: BodyOutline | undefined;
}
