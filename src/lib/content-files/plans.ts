import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PlanSchema, type Plan, type PlanFile } from '../../schemas/plan.ts';
import { createIssue, type ContentIssue } from '../validation/issue.ts';
import { toContentIssues } from '../validation/schema-issues.ts';
import { readLocatedYaml } from './located-yaml.ts';
import { CONTENT_DIRS, type SourceFile } from './sources.ts';

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

/** Validates content/plans/<year>.yaml files; files that fail are left out so other checks go on. */
export function readPlans(sources: readonly SourceFile[]): { records: PlanRecord[]; issues: ContentIssue[] } {
  const records: PlanRecord[] = [];
  const issues: ContentIssue[] = [];
  for (const source of sources) {
    const year = planYearOf(source.file);
    if (year === undefined) {
      issues.push(createIssue('plan-file-name', { file: source.file, line: 1, field: 'plan' }));
      continue;
    }
    const yaml = readLocatedYaml(source, { field: 'plan' });
    issues.push(...yaml.issues);
    if (yaml.issues.length) continue;
    const parsed = PlanSchema.safeParse(yaml.data ?? {});
    if (!parsed.success) {
      const context = {
        file: source.file,
        lineOf: yaml.lineOf,
        data: yaml.data,
        knownKeys: Object.keys(PlanSchema.shape),
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
 * file (a broken one stops the build with a located message), so parsing here cannot fail.
 */
export function loadPlans(root = process.cwd()): PlanFile[] {
  const dir = join(root, CONTENT_DIRS.plans);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const year = planYearOf(name);
    if (year === undefined) return [];
    const plan: Plan = PlanSchema.parse(parse(readFileSync(join(dir, name), 'utf8')) ?? {});
    return [{ year, plan }];
  });
}
