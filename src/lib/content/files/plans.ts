import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PlanSchema, type Plan, type PlanFile } from '../../../schemas/plan.ts';
import { createIssue, type ContentIssue } from '../validation/issue.ts';
import { toContentIssues } from '../validation/schema-issues.ts';
import { readLocatedYaml } from './located-yaml.ts';
import { loadSettings } from './settings.ts';
import { CONTENT_DIRS, type SourceFile } from './sources.ts';
import { findOverlongList } from './plan-limits.ts';

/** A plan file that passed the schema, with positions for the cross-checks. */
export interface PlanRecord extends PlanFile {
  file: string;
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** The plan year a file name stands for (`2027.yaml` → 2027), or undefined for any other name. */
export function planYearOf(file: string): number | undefined {
  const year = /(?:^|\/)(\d{4})\.ya?ml$/.exec(file)?.[1];
  return year ? Number(year) : undefined;
}

/**
 * How far a plan file's year may lie from `plan.year` in content/settings.yaml: ten years back
 * (completion codes of earlier years stay checkable) and five ahead (a whole rotation planned in
 * advance). A stray `1900.yaml` would otherwise put every year in between into each path.json.
 */
export const PLAN_YEARS_AROUND = { before: 10, after: 5 } as const;

/** The first and last plan year accepted next to `planYear`. */
export function acceptedPlanYears(planYear: number): { first: number; last: number } {
  return { first: planYear - PLAN_YEARS_AROUND.before, last: planYear + PLAN_YEARS_AROUND.after };
}

/** Validates content/plans/<year>.yaml files; files that fail are left out so other checks go on. */
export function readPlans(
  sources: readonly SourceFile[],
  planYear: number,
): { records: PlanRecord[]; issues: ContentIssue[] } {
  const records: PlanRecord[] = [];
  const issues: ContentIssue[] = [];
  const { first, last } = acceptedPlanYears(planYear);
  for (const source of sources) {
    const year = planYearOf(source.file);
    if (year === undefined) {
      issues.push(createIssue('plan-file-name', { file: source.file, line: 1, field: 'plan' }));
      continue;
    }
    if (year < first || year > last) {
      const at = { file: source.file, line: 1, field: 'plan' };
      issues.push(createIssue('plan-year-range', at, { year, planYear, first, last }));
      continue;
    }
    const yaml = readLocatedYaml(source, { field: 'plan' });
    issues.push(...yaml.issues);
    if (yaml.issues.length) continue;
    // Before the schema: one line for a list of 100,000 entries, not one per bad entry.
    const overlong = findOverlongList(yaml.data);
    if (overlong) {
      const at = { file: source.file, line: yaml.lineOf(overlong.path), field: overlong.field };
      issues.push(createIssue('plan-list-too-long', at, { count: overlong.count, limit: overlong.limit }));
      continue;
    }
    const parsed = PlanSchema.safeParse(yaml.data ?? {});
    if (!parsed.success) {
      const context = {
        file: source.file,
        lineOf: yaml.lineOf,
        data: yaml.data,
        schema: PlanSchema,
        positionIn: yaml.positionIn,
      };
      issues.push(...toContentIssues(parsed.error, context));
      continue;
    }
    records.push({ file: source.file, year, plan: parsed.data, lineOf: yaml.lineOf });
  }
  return { records, issues };
}

/**
 * Reads content/plans/<year>.yaml at build time. The content check has already validated every
 * file (a broken one stops the build with a located message), so parsing here cannot fail. Only
 * the years the check accepts are read, so a stray file never reaches the site's data.
 */
export function loadPlans(root = process.cwd()): PlanFile[] {
  const { first, last } = acceptedPlanYears(loadSettings(root).plan.year);
  const dir = join(root, CONTENT_DIRS.plans);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const year = planYearOf(name);
    if (year === undefined || year < first || year > last) return [];
    const plan: Plan = PlanSchema.parse(parse(readFileSync(join(dir, name), 'utf8')) ?? {});
    return [{ year, plan }];
  });
}
