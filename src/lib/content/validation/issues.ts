import { BODY_ISSUES } from './issue-tables/body.ts';
import type { IssueDefinition } from './issue-tables/definition.ts';
import { EVALUATIONS_ISSUES } from './issue-tables/evaluations.ts';
import { FRONTMATTER_ISSUES } from './issue-tables/frontmatter.ts';
import { PLANS_ISSUES } from './issue-tables/plans.ts';
import { CLASSES_ISSUES } from './issue-tables/classes.ts';
import { REGISTRIES_ISSUES } from './issue-tables/registries.ts';
import { RELATIONS_ISSUES } from './issue-tables/relations.ts';
import { TEXT_ISSUES } from './issue-tables/text.ts';
import { UPKEEP_ISSUES } from './issue-tables/upkeep.ts';

export type { GuideSection, IssueDefinition } from './issue-tables/definition.ts';

/**
 * Every problem the content check can report, with everything a lecturer reads about it: how
 * bad it is, what is wrong, what would be accepted (the `(允许: …)` part) and the guide section
 * that explains it. The issue codes are the keys of this table, so a check cannot report a code
 * that has no entry. Messages are Chinese; field names stay English because they are what the
 * lecturer types. The entries live in `issue-tables/`, one file per concern.
 */
export const ISSUES = {
  ...FRONTMATTER_ISSUES,
  ...RELATIONS_ISSUES,
  ...PLANS_ISSUES,
  ...CLASSES_ISSUES,
  ...REGISTRIES_ISSUES,
  ...TEXT_ISSUES,
  ...BODY_ISSUES,
  ...UPKEEP_ISSUES,
  ...EVALUATIONS_ISSUES,
} as const satisfies Record<string, IssueDefinition>;
