import type { Settings } from '../../../schemas/settings.ts';
import { TAXONOMY_KINDS } from '../../../schemas/taxonomy-kinds.ts';
import type { PlanRecord } from '../files/plans.ts';
import type { TaxonomyRecord } from '../files/taxonomy.ts';
import { roundHours, sumHours } from '../../modules/hours.ts';
import type { GroupPlanInput } from '../../../schemas/plan.ts';
import { codeOf } from '../../plans/group-cycle.ts';
import { resolveGroupCycles, resolvePlans } from '../../plans/resolve.ts';
import { isPublished, publishedOnly } from '../../modules/publication.ts';
import { sampleCodes } from './cross-checks.ts';
import { createIssue, type ContentIssue } from './issue.ts';
import { checkPlanEntries } from './plan-entry-checks.ts';
import { checkPlanOrder } from './plan-order-checks.ts';
import type { ModuleFacts, ModuleRecord } from './records.ts';
import { dependsOn } from './dependents.ts';

/**
 * Checks every plan file (content/plans/<year>.yaml) against the curriculum, and the default
 * plan of the plan year for groups no file names. Everything is collected, nothing stops early.
 * `facts` holds every module file, also those whose frontmatter failed: such a module exists
 * (its schema error is reported at its own line), so a plan listing it is not told otherwise.
 */
export function checkPlans(
  records: readonly PlanRecord[],
  modules: readonly ModuleRecord[],
  { taxonomy, sources }: TaxonomyRecord,
  settings: Settings,
  facts: readonly ModuleFacts[] = modules,
): ContentIssue[] {
  const groupLabel = TAXONOMY_KINDS.groups.label;
  const byCode = new Map(modules.map((module) => [module.data.code, module]));
  const valid = new Set<ModuleFacts>(modules);
  const failed = new Map(
    facts.flatMap((module) =>
      valid.has(module) || !module.data.code ? [] : [[module.data.code, module] as const],
    ),
  );
  const groups = new Map(taxonomy.groups.map((group) => [group.id, group]));
  const input = { modules, taxonomy, plans: records, settings };
  const issues: ContentIssue[] = [];
  for (const record of records) {
    const resolved = new Map(resolvePlans(input, record.year).map((plan) => [plan.group.id, plan]));
    const cycles = new Map(
      resolveGroupCycles(input, record.year).map((cycle) => [cycle.group.id, cycle.years]),
    );
    for (const [groupId, entry] of Object.entries(record.plan.groups)) {
      const group = groups.get(groupId);
      const at = { file: record.file, line: record.lineOf(['groups', groupId]), field: `groups.${groupId}` };
      if (!group) {
        const allowed = [...groups.keys()].join(', ');
        // Folded with the other dependents when groups.yaml itself is broken.
        const unknown = createIssue('plan-group-unknown', at, { groupLabel, id: groupId, allowed });
        issues.push(dependsOn(unknown, { kind: 'groups', id: groupId }));
        continue;
      }
      const known = sampleCodes(new Map([...byCode, ...failed]));
      const context = { record, group, groupLabel, byCode, failed, known };
      for (const issue of checkPlanEntries(entry, context)) issues.push(issue);
      for (const issue of checkPlanOrder(entry, context, cycles.get(groupId)!)) issues.push(issue);
      const plan = resolved.get(groupId)!;
      const hours = hoursWithFailed(plan, entry, failed, record.year);
      if (hours && hours.missing > 0) {
        const line = record.lineOf(['groups', groupId, 'required']);
        issues.push(
          createIssue(
            'plan-hours-short',
            { ...at, line, field: `groups.${groupId}.required` },
            { groupLabel, group: group.name, ...hours },
          ),
        );
      }
    }
    issues.push(...checkThemes(record));
  }
  issues.push(...checkDefaultPlans(input, sources.groups, groupLabel));
  return issues;
}

/**
 * The required 学时 of a plan counting the modules whose frontmatter failed, with the fields that
 * parsed; undefined when such a module's hours, status or groups are unknown: no total can be
 * judged then, and a shortfall would be invented by the schema error.
 */
function hoursWithFailed(
  plan: { group: { id: string }; requiredHours: number; targetHours: number },
  entry: GroupPlanInput,
  failed: ReadonlyMap<string, ModuleFacts>,
  year: number,
): { year: number; total: number; required: number; missing: number } | undefined {
  const listed = new Set(entry.required.map(codeOf));
  let extra = 0;
  for (const code of listed) {
    const { data } = failed.get(code) ?? {};
    if (!data) continue;
    if (data.hours === undefined || data.status === undefined || data.groups === undefined) return undefined;
    // Counted as the plan would count it once fixed; a draft or a module of another group is
    // reported by the entry checks and never counts.
    if (isPublished({ status: data.status }) && data.groups.includes(plan.group.id)) extra += data.hours;
  }
  const total = roundHours(plan.requiredHours + extra);
  return {
    year,
    total,
    required: plan.targetHours,
    missing: roundHours(Math.max(0, plan.targetHours - total)),
  };
}

/** Quarters of the discussion themes must exist. */
function checkThemes(record: PlanRecord): ContentIssue[] {
  return record.plan.themes.flatMap(({ quarter }, i) => {
    if (quarter >= 1 && quarter <= 4) return [];
    const at = {
      file: record.file,
      line: record.lineOf(['themes', i, 'quarter']),
      field: `themes[${i}].quarter`,
    };
    return [createIssue('plan-when-range', at, { unit: '季度', value: quarter, max: 4 })];
  });
}

/**
 * A default plan below the requirement although the group's library would reach it: the
 * rotation spreads the library over more years than it fills. (A library that is short in total
 * is already reported as `path-short`.)
 */
function checkDefaultPlans(
  input: Parameters<typeof resolvePlans<ModuleRecord>>[0],
  source: TaxonomyRecord['sources']['groups'],
  groupLabel: string,
): ContentIssue[] {
  if (!source) return [];
  const published = publishedOnly(input.modules);
  return resolvePlans(input).flatMap((plan) => {
    const index = input.taxonomy.groups.indexOf(plan.group);
    const library = published.filter((module) => module.data.groups.includes(plan.group.id));
    if (plan.origin !== 'default' || plan.shortfall === 0) return [];
    if (sumHours(library.map(({ data }) => data)) < plan.targetHours) return [];
    const at = { file: source.file, line: source.lineOf([index, 'requiredHours']), field: 'requiredHours' };
    const facts = {
      groupLabel,
      group: plan.group.name,
      year: plan.year,
      total: plan.requiredHours,
      required: plan.targetHours,
      missing: plan.shortfall,
      index: plan.cycle.index,
      years: plan.cycle.years,
    };
    return [createIssue('default-plan-short', at, facts)];
  });
}
