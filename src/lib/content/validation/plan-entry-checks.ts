import type { GroupPlanInput } from '../../../schemas/plan.ts';
import type { Group } from '../../../schemas/taxonomy.ts';
import type { PlanRecord } from '../files/plans.ts';
import { codeOf } from '../../plans/group-cycle.ts';
import { isPublished } from '../../modules/publication.ts';
import { createIssue, type ContentIssue, type IssueLocation } from './issue.ts';
import type { ModuleFacts, ModuleRecord } from './records.ts';

/** The two ways a plan places a required module in the year, and their ranges. */
const WHEN_UNITS = { quarter: { label: '季度', max: 4 }, month: { label: '月份', max: 12 } } as const;

/** What the checks of one group's entry in a plan file need to know. */
export interface PlanEntryContext {
  record: PlanRecord;
  group: Group;
  groupLabel: string;
  byCode: ReadonlyMap<string, ModuleRecord>;
  /** Modules whose frontmatter failed, by code: they exist, with only the fields that parsed. */
  failed?: ReadonlyMap<string, ModuleFacts> | undefined;
  /** Existing codes, for the `(允许: …)` part of an unknown code. */
  known: string;
}

/**
 * The modules a group's entry lists: each must exist, be published, be meant for the group and
 * be listed once; a required module's quarter or month must exist and agree with each other.
 */
export function checkPlanEntries(entry: GroupPlanInput, context: PlanEntryContext): ContentIssue[] {
  const { record, group } = context;
  const issues: ContentIssue[] = [];
  const required = new Set<string>();
  const locate = (list: 'required' | 'electives', i: number, ...rest: string[]): IssueLocation => ({
    file: record.file,
    line: record.lineOf(['groups', group.id, list, i, ...rest]),
    field: [`groups.${group.id}.${list}[${i}]`, ...rest].join('.'),
  });
  entry.required.forEach((item, i) => {
    const code = codeOf(item);
    if (required.has(code))
      issues.push(createIssue('plan-module-repeated', locate('required', i), { code, list: '必修' }));
    required.add(code);
    issues.push(...checkModule(code, locate('required', i), context));
    if (typeof item === 'string') return;
    const outOfRange = (unit: keyof typeof WHEN_UNITS, value: number | undefined) => {
      const { label, max } = WHEN_UNITS[unit];
      if (value === undefined || (value >= 1 && value <= max)) return false;
      issues.push(createIssue('plan-when-range', locate('required', i, unit), { unit: label, value, max }));
      return true;
    };
    outOfRange('quarter', item.quarter);
    // A month out of range has no quarter to agree with.
    const monthInRange = !outOfRange('month', item.month);
    const { month, quarter } = item;
    if (monthInRange && month !== undefined && quarter !== undefined && Math.ceil(month / 3) !== quarter) {
      issues.push(
        createIssue('plan-when-conflict', locate('required', i, 'month'), {
          month,
          quarter,
        }),
      );
    }
  });
  const electives = new Set<string>();
  (entry.electives ?? []).forEach((code, i) => {
    if (required.has(code)) issues.push(createIssue('plan-module-both', locate('electives', i), { code }));
    else if (electives.has(code))
      issues.push(createIssue('plan-module-repeated', locate('electives', i), { code, list: '选修' }));
    electives.add(code);
    issues.push(...checkModule(code, locate('electives', i), context));
  });
  return issues;
}

/**
 * One listed code: known, published and meant for the group (in that order; the first failure
 * counts). A module whose frontmatter failed is known; of the rest, only fields that parsed are judged.
 */
function checkModule(
  code: string,
  at: IssueLocation,
  { byCode, failed, group, groupLabel, known }: PlanEntryContext,
): ContentIssue[] {
  const module: ModuleFacts | undefined = byCode.get(code) ?? failed?.get(code);
  if (!module) return [createIssue('plan-module-unknown', at, { code, known })];
  if (module.data.status !== undefined && !isPublished(module.data))
    return [createIssue('plan-module-draft', at, { code })];
  if (module.data.groups !== undefined && !module.data.groups.includes(group.id)) {
    return [
      createIssue('plan-module-not-for-group', at, {
        code,
        groupLabel,
        group: group.name,
        groupId: group.id,
      }),
    ];
  }
  return [];
}
