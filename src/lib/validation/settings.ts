import { SettingsSchema, type Settings } from '../../schemas/settings.ts';
import { parseLocatedYaml } from './frontmatter.ts';
import type { ContentIssue } from './issue.ts';
import { messages } from './messages.ts';
import { toContentIssues } from './schema-issues.ts';
import type { SourceFile } from './sources.ts';

/** Validates content/settings.yaml; falls back to the defaults so other checks can go on. */
export function readSettings(source: SourceFile | undefined): { settings: Settings; issues: ContentIssue[] } {
  const defaults = SettingsSchema.parse({});
  if (!source) return { settings: defaults, issues: [] };
  const yaml = parseLocatedYaml(source.text);
  if (yaml.errors.length) {
    const issues = yaml.errors.slice(0, 1).map((error): ContentIssue => ({
      file: source.file,
      line: error.line,
      column: error.column,
      field: 'settings',
      code: 'yaml-syntax',
      message: messages.yamlSyntax(error.message.split('\n')[0]!),
      severity: 'error',
    }));
    return { settings: defaults, issues };
  }
  const parsed = SettingsSchema.safeParse(yaml.data ?? {});
  if (parsed.success) return { settings: parsed.data, issues: [] };
  const context = {
    file: source.file,
    lineOf: yaml.lineOf,
    data: yaml.data,
    knownKeys: Object.keys(SettingsSchema.shape),
  };
  return { settings: defaults, issues: toContentIssues(parsed.error, context) };
}
