import { TAXONOMY_KINDS, type TaxonomyKind } from '../../../schemas/taxonomy-kinds.ts';
import { createIssue, type ContentIssue, type TermRef } from './issue.ts';

/**
 * When a taxonomy file is broken, every reference into it looks wrong: one bad `groups.yaml`
 * made 170 modules report an "unknown group". Those problems are not the lecturer's to fix, so
 * checks mark what they hang on and the report folds them into one line after the root cause.
 */

/** Why references into a kind cannot all be judged, and where the lecturer should look first. */
export interface BrokenKind {
  /** The kind's first error: the root cause the folded line points at. */
  file: string;
  line: number;
  column?: number | undefined;
  /** Ids of the entries that failed; undefined when the whole file failed, so no id can be judged. */
  ids: Set<string> | undefined;
}

/** The broken kinds of a taxonomy, as `readTaxonomy` finds them. */
export type BrokenKinds = Partial<Record<TaxonomyKind, BrokenKind>>;

/** The same problem, marked as hanging on these taxonomy terms. */
export function dependsOn(issue: ContentIssue, ...refs: TermRef[]): ContentIssue {
  return { ...issue, dependsOn: refs };
}

/** Whether a reference cannot be judged: its kind's file failed, or the entry it names did. */
export function isUnjudged(broken: BrokenKinds | undefined, { kind, id }: TermRef): boolean {
  const cause = broken?.[kind];
  return !!cause && (!cause.ids || cause.ids.has(id));
}

/**
 * Leaves out the problems that hang on a broken taxonomy term and adds one line per broken kind,
 * at its root cause, saying how many were left out.
 */
export function foldDependentIssues(issues: ContentIssue[], broken: BrokenKinds = {}): ContentIssue[] {
  const folded = new Map<TaxonomyKind, number>();
  const kept = issues.filter((issue) => {
    const ref = issue.dependsOn?.find((candidate) => isUnjudged(broken, candidate));
    if (ref) folded.set(ref.kind, (folded.get(ref.kind) ?? 0) + 1);
    return !ref;
  });
  for (const [kind, count] of folded) {
    // At the root cause's very position, so that sorting keeps it right after the cause.
    const { file, line, column } = broken[kind]!;
    const at = { file, line, column, field: kind };
    kept.push(createIssue('taxonomy-dependents', at, { label: TAXONOMY_KINDS[kind].label, count }));
  }
  return kept;
}
