import type { Taxonomy } from '../../../schemas/taxonomy-kinds.ts';
import type { PlanRecord } from '../files/plans.ts';
import { CONTENT_DIRS } from '../files/sources.ts';
import type { RegistryRead } from '../files/registries.ts';
import { createIssue, type ContentIssue } from './issue.ts';
import type { ModuleFacts } from './records.ts';

/** The format role whose modules happen somewhere: 现场教学、红色教育、实践 and the like. */
const VENUE_ROLE = 'practice';

/**
 * The yearly 外训名录 (a plan's `venues`) and the venues modules name. A 名录 lists each venue
 * once; the plan year's 名录 is what /venues/ shows, so once plans keep 名录, a plan year without
 * one is a warning. Only
 * modules of a format that happens somewhere (role `practice`) name venues; on any other module
 * that is a warning, not an error: the page still links the venue.
 */
export function checkVenueLists(
  read: RegistryRead,
  modules: readonly ModuleFacts[],
  plans: readonly PlanRecord[],
  { taxonomy, planYear }: { taxonomy: Taxonomy; planYear: number },
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const { file, plan, lineOf } of plans) {
    const seen = new Set<string>();
    (plan.venues ?? []).forEach((id, i) => {
      if (seen.has(id))
        issues.push(
          createIssue(
            'registry-list-repeated',
            { file, line: lineOf(['venues', i]), field: `venues[${i}]` },
            { id },
          ),
        );
      seen.add(id);
    });
  }
  const current = plans.find((plan) => plan.year === planYear);
  // Only once the organization keeps 名录 at all (some plan names venues): a new year without one.
  const keepsLists = plans.some((plan) => plan.plan.venues);
  if (read.ids.venues.size && keepsLists && !current?.plan.venues) {
    const file = current?.file ?? CONTENT_DIRS.settings;
    issues.push(
      createIssue(
        'registry-list-missing',
        { file, line: 1, field: current ? 'venues' : 'plan.year' },
        { year: planYear },
      ),
    );
  }
  const roles = new Map(taxonomy.formats.map((format) => [format.id, format]));
  const formats = taxonomy.formats
    .filter((format) => format.role === VENUE_ROLE)
    .map((f) => `${f.id}（${f.name}）`)
    .join(', ');
  for (const { file, data, lineOf } of modules) {
    const format = data.format === undefined ? undefined : roles.get(data.format);
    if (!data.venues?.length || !format || format.role === VENUE_ROLE) continue;
    issues.push(
      createIssue(
        'registry-venue-format',
        { file, line: lineOf(['venues']), field: 'venues' },
        { format: format.name, formats },
      ),
    );
  }
  return issues;
}
