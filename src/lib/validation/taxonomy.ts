import { TaxonomySchemas, type Taxonomy, type TaxonomyKind } from '../../schemas/taxonomy.ts';
import { parseLocatedYaml } from './frontmatter.ts';
import type { ContentIssue } from './issue.ts';
import { kindNames, messages } from './messages.ts';
import type { TaxonomyRecord } from './records.ts';
import { toContentIssues } from './schema-issues.ts';
import type { SourceFile } from './sources.ts';

export const TAXONOMY_KINDS = Object.keys(TaxonomySchemas) as TaxonomyKind[];

/** Validates the five taxonomy files; entries that fail are left out so module checks can go on. */
export function readTaxonomy(files: Partial<Record<TaxonomyKind, SourceFile>>): {
  record: TaxonomyRecord;
  issues: ContentIssue[];
} {
  const issues: ContentIssue[] = [];
  const taxonomy: Taxonomy = { tiers: [], groups: [], stages: [], topics: [], formats: [] };
  const record: TaxonomyRecord = { taxonomy, sources: {} };

  for (const kind of TAXONOMY_KINDS) {
    const source = files[kind];
    if (!source) {
      issues.push({
        file: `content/taxonomy/${kind}.yaml`,
        line: 1,
        field: kind,
        code: 'file-unreadable',
        message: messages.fileUnreadable('文件不存在'),
        severity: 'error',
      });
      continue;
    }
    const yaml = parseLocatedYaml(source.text);
    record.sources[kind] = { file: source.file, lineOf: yaml.lineOf };
    for (const error of yaml.errors) {
      issues.push({
        file: source.file,
        line: error.line,
        column: error.column,
        field: kind,
        code: 'yaml-syntax',
        message: messages.yamlSyntax(error.message.split('\n')[0]!),
        severity: 'error',
      });
    }
    if (yaml.errors.length) continue;
    const entries = Array.isArray(yaml.data) ? yaml.data : [];
    const schema = TaxonomySchemas[kind];
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      const parsed = schema.safeParse(entry);
      if (!parsed.success) {
        const lineOf = (path: readonly PropertyKey[]) => yaml.lineOf([index, ...path]);
        issues.push(
          ...toContentIssues(parsed.error, {
            file: source.file,
            lineOf,
            data: entry,
            knownKeys: Object.keys(schema.shape),
          }),
        );
        return;
      }
      if (seen.has(parsed.data.id)) {
        issues.push({
          file: source.file,
          line: yaml.lineOf([index, 'id']),
          field: 'id',
          code: 'duplicate-id',
          message: messages.duplicateId(kindNames[kind], parsed.data.id),
          severity: 'error',
        });
        return;
      }
      seen.add(parsed.data.id);
      (taxonomy[kind] as unknown[]).push(parsed.data);
    });
  }

  const tierIds = new Set(taxonomy.tiers.map((tier) => tier.id));
  taxonomy.groups.forEach((group) => {
    group.tiers.forEach((tier, i) => {
      if (tierIds.has(tier)) return;
      const index = taxonomy.groups.indexOf(group);
      const source = record.sources.groups!;
      issues.push({
        file: source.file,
        line: source.lineOf([index, 'tiers', i]),
        field: 'tiers',
        code: 'unknown-reference',
        message: messages.unknownReference(kindNames.tiers, tier),
        allowed: [...tierIds].join(', '),
        severity: 'error',
      });
    });
  });
  return { record, issues };
}
