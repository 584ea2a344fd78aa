import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SettingsSchema, type Settings } from '../../../schemas/settings.ts';
import type { ContentIssue } from '../validation/issue.ts';
import { toContentIssues } from '../validation/schema-issues.ts';
import { readLocatedYaml } from './located-yaml.ts';
import { CONTENT_DIRS, type SourceFile } from './sources.ts';

/** Validates content/settings.yaml; falls back to the defaults so other checks can go on. */
export function readSettings(source: SourceFile | undefined): { settings: Settings; issues: ContentIssue[] } {
  const defaults = SettingsSchema.parse({});
  if (!source) return { settings: defaults, issues: [] };
  const yaml = readLocatedYaml(source, { field: 'settings' });
  if (yaml.issues.length) return { settings: defaults, issues: yaml.issues };
  const parsed = SettingsSchema.safeParse(yaml.data ?? {});
  if (parsed.success) return { settings: parsed.data, issues: [] };
  const context = {
    file: source.file,
    lineOf: yaml.lineOf,
    data: yaml.data,
    schema: SettingsSchema,
  };
  return { settings: defaults, issues: toContentIssues(parsed.error, context) };
}

/**
 * Reads content/settings.yaml at build time. The content check has already validated it
 * (a broken file stops the build with a located message), so parsing here cannot fail.
 */
export function loadSettings(root = process.cwd()): Settings {
  const path = join(root, CONTENT_DIRS.settings);
  return SettingsSchema.parse(existsSync(path) ? (parse(readFileSync(path, 'utf8')) ?? {}) : {});
}
