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
  /** Stable machine-readable kind, see `messages.ts`. */
  code: IssueCode;
  /** What is wrong, in Chinese. */
  message: string;
  /** What would be accepted, in Chinese; omitted when there is nothing useful to list. */
  allowed?: string | undefined;
  severity: 'error' | 'warning';
}

export type IssueCode =
  | 'yaml-syntax'
  | 'frontmatter-missing'
  | 'field-missing'
  | 'field-type'
  | 'field-value'
  | 'field-format'
  | 'field-too-small'
  | 'field-unknown'
  | 'date-invalid'
  | 'unknown-reference'
  | 'duplicate-code'
  | 'duplicate-id'
  | 'prerequisite-missing'
  | 'prerequisite-draft'
  | 'prerequisite-cycle'
  | 'prerequisite-later-stage'
  | 'tier-group-mismatch'
  | 'path-empty'
  | 'path-short'
  | 'mdx-syntax'
  | 'mdx-unknown-component'
  | 'body-empty'
  | 'file-unreadable'
  | 'link-module-missing'
  | 'link-module-draft'
  | 'link-anchor-missing'
  | 'link-malformed'
  | 'link-absolute'
  | 'image-alt-empty'
  | 'image-missing'
  | 'image-unprocessed'
  | 'review-due'
  | 'content-old'
  | 'placeholder-left'
  | 'qr-duplicate'
  | 'qr-broken'
  | 'qr-unregistered'
  | 'qr-deleted';

export function sortIssues(issues: ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
  );
}

export function hasErrors(issues: ContentIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
