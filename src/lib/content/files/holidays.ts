import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { HolidayFileSchema, type HolidayFile } from '../../../schemas/holidays.ts';
import { createWorkCalendar, type WorkCalendar } from '../../plans/schedule/holidays.ts';
import { createIssue, type ContentIssue } from '../validation/issue.ts';
import { readLocatedYaml } from './located-yaml.ts';
import { CONTENT_DIRS, type SourceFile } from './sources.ts';

/** The year a holiday file stands for (`2027.yaml` → 2027), or undefined for any other name. */
export function holidayYearOf(file: string): number | undefined {
  const year = /(?:^|\/)(\d{4})\.ya?ml$/.exec(file)?.[1];
  return year ? Number(year) : undefined;
}

/**
 * Validates content/holidays/<year>.yaml. A file that fails is left out, so sessions fall back to
 * weekends only for that year, and the check names every bad field.
 */
export function readHolidayFiles(sources: readonly SourceFile[]): {
  files: HolidayFile[];
  issues: ContentIssue[];
} {
  const files: HolidayFile[] = [];
  const issues: ContentIssue[] = [];
  for (const source of sources) {
    const year = holidayYearOf(source.file);
    if (year === undefined) {
      issues.push(createIssue('holiday-file-name', { file: source.file, line: 1, field: 'holidays' }));
      continue;
    }
    const yaml = readLocatedYaml(source, { field: 'holidays' });
    issues.push(...yaml.issues);
    if (yaml.issues.length) continue;
    const parsed = HolidayFileSchema.safeParse(yaml.data ?? {});
    if (parsed.success) {
      files.push(parsed.data);
      continue;
    }
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join('.') || 'holidays';
      issues.push(
        createIssue('holiday-file-field', { file: source.file, line: yaml.lineOf(issue.path), field }),
      );
    }
  }
  return { files, issues };
}

/**
 * The working-day calendar of every holiday file, at build time. The content check has already
 * validated the files (a broken one stops the build with a located message).
 */
export function loadWorkCalendar(root = process.cwd()): WorkCalendar {
  const dir = join(root, CONTENT_DIRS.holidays);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => holidayYearOf(name) !== undefined);
  } catch {
    return createWorkCalendar([]);
  }
  return createWorkCalendar(
    names.map((name) => HolidayFileSchema.parse(parse(readFileSync(join(dir, name), 'utf8')) ?? {})),
  );
}
