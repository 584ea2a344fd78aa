import {
  emptyTaxonomy,
  TAXONOMY_KIND_IDS,
  TAXONOMY_KINDS,
  type Taxonomy,
  type TaxonomyKind,
} from '../../schemas/taxonomy-kinds.ts';
import { createIssue, type ContentIssue } from '../validation/issue.ts';
import { toContentIssues } from '../validation/schema-issues.ts';
import { readLocatedYaml } from './located-yaml.ts';
import { taxonomyFilePath, type SourceFile } from './sources.ts';

/** Where each taxonomy entry was defined, for messages that point into the taxonomy files. */
export interface TaxonomySource {
  file: string;
  lineOf: (path: readonly PropertyKey[]) => number;
}

export interface TaxonomyRecord {
  taxonomy: Taxonomy;
  sources: Partial<Record<TaxonomyKind, TaxonomySource>>;
}

/**
 * Reads one YAML list per kind of the taxonomy table and validates it; entries that fail are left
 * out so module checks can go on.
 */
export function readTaxonomy(files: Partial<Record<TaxonomyKind, SourceFile>>): {
  record: TaxonomyRecord;
  issues: ContentIssue[];
} {
  const issues: ContentIssue[] = [];
  const taxonomy = emptyTaxonomy();
  const record: TaxonomyRecord = { taxonomy, sources: {} };

  for (const kind of TAXONOMY_KIND_IDS) {
    const source = files[kind];
    if (!source) {
      const at = { file: taxonomyFilePath(kind), line: 1, field: kind };
      issues.push(createIssue('file-unreadable', at, { detail: '文件不存在' }));
      continue;
    }
    const yaml = readLocatedYaml(source, { field: kind });
    record.sources[kind] = { file: source.file, lineOf: yaml.lineOf };
    issues.push(...yaml.issues);
    if (yaml.issues.length) continue;
    const { schema, label } = TAXONOMY_KINDS[kind];
    const seen = new Set<string>();
    (Array.isArray(yaml.data) ? yaml.data : []).forEach((entry, index) => {
      const lineOf = (path: readonly PropertyKey[]) => yaml.lineOf([index, ...path]);
      const parsed = schema.safeParse(entry);
      if (!parsed.success) {
        const knownKeys = 'shape' in schema ? Object.keys(schema.shape as object) : [];
        issues.push(...toContentIssues(parsed.error, { file: source.file, lineOf, data: entry, knownKeys }));
        return;
      }
      if (seen.has(parsed.data.id)) {
        const at = { file: source.file, line: lineOf(['id']), field: 'id' };
        issues.push(createIssue('duplicate-id', at, { label, id: parsed.data.id }));
        return;
      }
      seen.add(parsed.data.id);
      (taxonomy[kind] as unknown[]).push(parsed.data);
    });
  }
  issues.push(...checkGroupTiers(record));
  return { record, issues };
}

/** A member group names the tiers it belongs to; each must exist in tiers.yaml. */
function checkGroupTiers({ taxonomy, sources }: TaxonomyRecord): ContentIssue[] {
  const tierIds = new Set(taxonomy.tiers.map((tier) => tier.id));
  const source = sources.groups;
  if (!source) return [];
  return taxonomy.groups.flatMap((group, index) =>
    group.tiers
      .map((tier, i) => ({ tier, line: source.lineOf([index, 'tiers', i]) }))
      .filter(({ tier }) => !tierIds.has(tier))
      .map(({ tier, line }) =>
        createIssue(
          'unknown-reference',
          { file: source.file, line, field: 'tiers' },
          { label: TAXONOMY_KINDS.tiers.label, id: tier, allowed: [...tierIds].join(', ') },
        ),
      ),
  );
}
