import type { GroupPlanInput, RequiredEntry } from '../../../schemas/plan.ts';
import { codeOf, type GroupYear } from '../../plans/group-cycle.ts';
import { createIssue, type ContentIssue } from './issue.ts';
import type { PlanEntryContext } from './plan-entry-checks.ts';
import type { ModuleRecord } from './records.ts';

/**
 * Prerequisites of a group's required modules: each must be required before the module that
 * needs it — earlier in the list (or in an earlier quarter or month when both have one), or in
 * an earlier year of the rotation cycle. Prerequisites outside the group's library are not the
 * group's to plan and are left alone, as on the study path.
 */
export function checkPlanOrder(
  entry: GroupPlanInput,
  { record, group, byCode }: PlanEntryContext,
  cycle: readonly GroupYear<ModuleRecord>[],
): ContentIssue[] {
  // A code listed twice is reported elsewhere; its first place counts.
  const position = new Map<string, number>();
  entry.required.forEach((item, i) => position.set(codeOf(item), position.get(codeOf(item)) ?? i));
  const yearOf = new Map(
    cycle.flatMap(({ year, required }) =>
      required.map(({ entry: module }) => [module.data.code, year] as const),
    ),
  );
  const inLibrary = (code: string) => {
    const module = byCode.get(code);
    return module?.data.status === 'published' && module.data.groups.includes(group.id);
  };
  return entry.required.flatMap((item, i): ContentIssue[] => {
    const code = codeOf(item);
    const module = byCode.get(code);
    if (!module || !inLibrary(code)) return [];
    const at = {
      file: record.file,
      line: record.lineOf(['groups', group.id, 'required', i]),
      field: `groups.${group.id}.required[${i}]`,
    };
    return module.data.prerequisites.filter(inLibrary).flatMap((prerequisite): ContentIssue[] => {
      const facts = { code, prerequisite };
      const j = position.get(prerequisite);
      if (j !== undefined) {
        const when = laterBy(entry.required[j]!, item, j > i);
        return when ? [createIssue('plan-prerequisite-later', at, { ...facts, when })] : [];
      }
      const year = yearOf.get(prerequisite);
      if (year !== undefined && year < record.year) return [];
      if (year !== undefined)
        return [createIssue('plan-prerequisite-later', at, { ...facts, when: `安排在 ${year} 年` })];
      return [createIssue('plan-prerequisite-unplanned', at, facts)];
    });
  });
}

/** How a prerequisite in the same plan comes too late, in words; undefined when it does not. */
function laterBy(
  prerequisite: RequiredEntry,
  module: RequiredEntry,
  listedAfter: boolean,
): string | undefined {
  const period = (item: RequiredEntry): { month?: number | undefined; quarter?: number | undefined } =>
    typeof item === 'string' ? {} : item;
  const p = period(prerequisite);
  const m = period(module);
  if (p.month !== undefined && m.month !== undefined)
    return p.month > m.month ? `安排在 ${p.month} 月` : undefined;
  const pq = p.month !== undefined ? Math.ceil(p.month / 3) : p.quarter;
  const mq = m.month !== undefined ? Math.ceil(m.month / 3) : m.quarter;
  if (pq !== undefined && mq !== undefined)
    return pq > mq
      ? `安排在第 ${pq} 季度`
      : pq < mq
        ? undefined
        : listedAfter
          ? '在同一季度中排在后面'
          : undefined;
  return listedAfter ? '在必修列表中排在后面' : undefined;
}
