import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EvaluationFileSchema, type EvaluationFile } from '../../evaluation/evaluation-file.ts';
import type { EvaluationYearFile } from '../../evaluation/latest.ts';
import { toEvaluationIssues } from '../validation/evaluation-schema-issues.ts';
import { createIssue, type ContentIssue } from '../validation/issue.ts';
import { readLocatedYaml } from './located-yaml.ts';
import { CONTENT_DIRS, type SourceFile } from './sources.ts';

/**
 * content/evaluations/<year>.yaml: the organizer's yearly 培训评估 aggregate (see
 * `lib/evaluation/evaluation-file.ts`). The checker reads every file with positions; the build
 * reads the same files again once the check has passed them.
 */

/** A file that passed the schema, with positions for the cross-checks. */
export interface EvaluationRecord {
  /** Project-relative path, e.g. `content/evaluations/2026.yaml`. */
  file: string;
  year: number;
  data: EvaluationFile;
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** The year an evaluation file stands for (`2026.yaml` → 2026), or undefined for any other name. */
export function evaluationYearOf(file: string): number | undefined {
  const year = /(?:^|\/)(\d{4})\.ya?ml$/.exec(file)?.[1];
  return year ? Number(year) : undefined;
}

/** Validates evaluation files; a file that fails is left out, so the build never shows half of it. */
export function readEvaluationFiles(sources: readonly SourceFile[]): {
  records: EvaluationRecord[];
  issues: ContentIssue[];
} {
  const records: EvaluationRecord[] = [];
  const issues: ContentIssue[] = [];
  for (const source of sources) {
    const fileYear = evaluationYearOf(source.file);
    if (fileYear === undefined) {
      issues.push(createIssue('evaluation-file-name', { file: source.file, line: 1, field: 'evaluation' }));
      continue;
    }
    const yaml = readLocatedYaml(source, { field: 'evaluation' });
    issues.push(...yaml.issues);
    if (yaml.issues.length) continue;
    const parsed = EvaluationFileSchema.safeParse(yaml.data ?? {});
    if (!parsed.success) {
      const context = { file: source.file, lineOf: yaml.lineOf, data: yaml.data };
      issues.push(...toEvaluationIssues(parsed.error, context));
      continue;
    }
    if (parsed.data.year !== fileYear) {
      const at = { file: source.file, line: yaml.lineOf(['year']), field: 'year' };
      issues.push(createIssue('evaluation-year-mismatch', at, { fileYear, year: parsed.data.year }));
      continue;
    }
    records.push({ file: source.file, year: fileYear, data: parsed.data, lineOf: yaml.lineOf });
  }
  return { records, issues };
}

/** A checked evaluation file as pages and scripts use it. */
export type EvaluationYear = EvaluationYearFile;

/**
 * Every evaluation file at build time, oldest year first. The content check has already validated
 * them (a broken one stops the build with a located message); a file with a stray name is skipped.
 */
export function loadEvaluations(root = process.cwd()): EvaluationYear[] {
  const dir = join(root, CONTENT_DIRS.evaluations);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => evaluationYearOf(name) !== undefined);
  } catch {
    return [];
  }
  return names
    .map((name) => ({
      file: `${CONTENT_DIRS.evaluations}/${name}`,
      year: evaluationYearOf(name)!,
      data: EvaluationFileSchema.parse(parse(readFileSync(join(dir, name), 'utf8')) ?? {}),
    }))
    .sort((a, b) => a.year - b.year);
}
