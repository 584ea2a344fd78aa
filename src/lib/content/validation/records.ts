import type { BodyOutline } from './body-outline.ts';
import type { ModuleFrontmatter } from '../../../schemas/module.ts';

/** A module whose frontmatter passed the schema, with positions for later checks. */
export interface ModuleRecord {
  file: string;
  data: ModuleFrontmatter;
  lineOf: (path: readonly PropertyKey[]) => number;
  /** Anchors, links and images of the body; absent when the body has an MDX syntax error. */
  outline?: BodyOutline | undefined;
}

/**
 * What cross-entry checks can use of any module file: every field of a valid one, or only the
 * fields that passed on their own of one whose frontmatter failed, so that one bad `hours` does
 * not hide an unknown group in the same file.
 */
export interface ModuleFacts {
  file: string;
  data: Partial<ModuleFrontmatter>;
  lineOf: (path: readonly PropertyKey[]) => number;
}
