import type { TaxonomyKind } from '../../../schemas/taxonomy-kinds.ts';
import { ISSUES, type GuideSection, type IssueDefinition } from './issues.ts';

/** Stable machine-readable kind of a problem: a key of the `ISSUES` table. */
export type IssueCode = keyof typeof ISSUES;

/** The facts a code's message and hint are written from: what either function asks for. */
export type IssueArgs<C extends IssueCode> = FactsOf<(typeof ISSUES)[C]['message']> &
  FactsOf<(typeof ISSUES)[C] extends { hint: infer H } ? H : undefined>;
/** A function's one argument; `unknown` for fixed text or a function that needs none. */
type FactsOf<F> = F extends (facts: infer A) => unknown ? A : unknown;

/** One problem found in the content, located precisely enough for an editor to jump to it. */
export interface ContentIssue {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column, when the parser knows it. */
  column?: number | undefined;
  /** English field name (`groups`, `hours`) or a pseudo-field (`frontmatter`, `body`). */
  field: string;
  code: IssueCode;
  /** What is wrong, in Chinese. */
  message: string;
  /** What would be accepted, in Chinese; omitted when there is nothing useful to list. */
  allowed?: string | undefined;
  severity: 'error' | 'warning';
  /** The guide section that explains the fix, see `ISSUES`. */
  guide?: GuideSection | undefined;
  /** Taxonomy terms the problem hangs on: while one of them is broken it is folded (`dependents.ts`). */
  dependsOn?: readonly TermRef[] | undefined;
}

/** One taxonomy term, by kind and id. */
export interface TermRef {
  kind: TaxonomyKind;
  id: string;
}

/** Where a problem is: everything of an issue that the `ISSUES` table does not decide. */
export type IssueLocation = Pick<ContentIssue, 'file' | 'line' | 'column' | 'field'>;

/**
 * The one way to build an issue: severity, message, hint and guide link all come from the
 * code's entry in `ISSUES`, given the facts the check found.
 */
export function createIssue<C extends IssueCode>(
  code: C,
  location: IssueLocation,
  ...[args]: unknown extends IssueArgs<C> ? [] : [IssueArgs<C>]
): ContentIssue {
  // Each entry's functions take that code's facts, which the signature above ties to `code`.
  const definition: IssueDefinition = ISSUES[code];
  const { hint } = definition;
  return {
    ...location,
    code,
    message: definition.message(args as never),
    allowed: typeof hint === 'function' ? hint(args as never) : hint,
    severity: definition.severity,
    guide: definition.guide,
  };
}

export function sortIssues(issues: ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
  );
}

export function hasErrors(issues: ContentIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
