// The shape every entry of the checker's issue table (../issues.ts) has, and the guide pages it may link.

/** What one entry of `ISSUES` says about its code. */
export interface IssueDefinition {
  /** Errors stop the build; warnings are printed and let it go on. */
  severity: 'error' | 'warning';
  /** What is wrong, in Chinese, from the facts the check found. */
  message: (args: never) => string;
  /** What would be accepted: fixed text, or worked out from the same facts; absent when nothing helps. */
  hint?: string | ((args: never) => string | undefined);
  /** The lecturer guide page (content/pages/guide/<page>.mdx) and heading that explain the fix. */
  guide: GuideSection;
}

/** A page of the lecturer guide, optionally with the anchor of one of its headings. */
export type GuideSection = GuidePage | `${GuidePage}#${string}`;
type GuidePage =
  | 'writing'
  | 'taxonomy'
  | 'components'
  | 'new-module'
  | 'check-and-preview'
  | 'plans'
  | 'classes'
  | 'registries';
