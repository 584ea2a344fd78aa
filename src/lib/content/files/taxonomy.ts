import {
  emptyTaxonomy,
  TAXONOMY_KIND_IDS,
  TAXONOMY_KINDS,
  type Taxonomy,
  type TaxonomyKind,
} from '../../../schemas/taxonomy-kinds.ts';
import { dependsOn, isUnjudged, type BrokenKinds } from '../validation/dependents.ts';
import { createIssue, type ContentIssue } from '../validation/issue.ts';
import { toContentIssues } from '../validation/schema-issues.ts';
import { readLocatedYaml } from './located-yaml.ts';
import { pdfFontCoverage } from '../../packs/pdf/font-coverage.ts';
import { checkPrintableText } from '../validation/printable-text.ts';
import { taxonomyFilePath, type SourceFile } from './sources.ts';

/** Where each taxonomy entry was defined, for messages that point into the taxonomy files. */
export interface TaxonomySource {
  file: string;
  /**
   * The line of a path that starts at an entry's index in `taxonomy[kind]`; entries that failed
   * are left out of that list, so the index is mapped back to the entry's place in the file.
   */
  lineOf: (path: readonly PropertyKey[]) => number;
}

export interface TaxonomyRecord {
  taxonomy: Taxonomy;
  sources: Partial<Record<TaxonomyKind, TaxonomySource>>;
  /** Kinds whose file has errors; references into them are folded (see `foldDependentIssues`). */
  broken?: BrokenKinds | undefined;
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
  const broken: BrokenKinds = {};
  const record: TaxonomyRecord = { taxonomy, sources: {}, broken };
  const fail = (kind: TaxonomyKind, at: Pick<ContentIssue, 'file' | 'line' | 'column'>, id?: unknown) => {
    const cause = (broken[kind] ??= { file: at.file, line: at.line, column: at.column, ids: new Set() });
    if (typeof id === 'string') cause.ids?.add(id);
    else cause.ids = undefined;
  };

  for (const kind of TAXONOMY_KIND_IDS) {
    const source = files[kind];
    if (!source) {
      const at = { file: taxonomyFilePath(kind), line: 1, field: kind };
      issues.push(createIssue('file-unreadable', at, { detail: '文件不存在' }));
      fail(kind, at);
      continue;
    }
    const yaml = readLocatedYaml(source, { field: kind });
    const fileIndex: number[] = [];
    const lineOf = ([index, ...rest]: readonly PropertyKey[]) =>
      yaml.lineOf(
        index === undefined ? [] : [typeof index === 'number' ? (fileIndex[index] ?? index) : index, ...rest],
      );
    record.sources[kind] = { file: source.file, lineOf };
    issues.push(...yaml.issues);
    if (yaml.issues.length) {
      fail(kind, yaml.issues[0]!);
      continue;
    }
    const { schema, label } = TAXONOMY_KINDS[kind];
    const seen = new Set<string>();
    (Array.isArray(yaml.data) ? yaml.data : []).forEach((entry, index) => {
      const lineOf = (path: readonly PropertyKey[]) => yaml.lineOf([index, ...path]);
      const positionIn = (path: readonly PropertyKey[], needle: string) =>
        yaml.positionIn([index, ...path], needle);
      const parsed = schema.safeParse(entry);
      if (!parsed.success) {
        const entryIssues = toContentIssues(parsed.error, {
          file: source.file,
          lineOf,
          data: entry,
          schema,
          positionIn,
        });
        issues.push(...entryIssues);
        // The entry's id, if it has one, names a term that exists but is broken: not an unknown one.
        fail(kind, entryIssues[0] ?? { file: source.file, line: lineOf([]) }, idOf(entry));
        return;
      }
      if (seen.has(parsed.data.id)) {
        const at = { file: source.file, line: lineOf(['id']), field: 'id' };
        issues.push(createIssue('duplicate-id', at, { label, id: parsed.data.id }));
        return;
      }
      seen.add(parsed.data.id);
      // Term names print on pack covers and path pages: a box in their place is a wrong name.
      issues.push(
        ...checkPrintableText(
          entry,
          [['name']],
          { file: source.file, lineOf, positionIn },
          pdfFontCoverage(),
        ),
      );
      fileIndex.push(index);
      (taxonomy[kind] as unknown[]).push(parsed.data);
    });
  }
  const tierIssues = checkGroupTiers(record);
  // A group naming a tier that does not exist is a broken entry too: no module can match it.
  for (const { issue, group } of tierIssues) {
    if (!issue.dependsOn?.some((ref) => isUnjudged(broken, ref))) fail('groups', issue, group);
  }
  issues.push(...tierIssues.map(({ issue }) => issue));
  return { record, issues };
}

function idOf(entry: unknown): unknown {
  return entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
}

/**
 * A member group names the tiers it belongs to; each must exist in tiers.yaml. When tiers.yaml
 * itself is broken these are folded like any other reference into it.
 */
function checkGroupTiers({ taxonomy, sources }: TaxonomyRecord): { issue: ContentIssue; group: string }[] {
  const tierIds = new Set(taxonomy.tiers.map((tier) => tier.id));
  const source = sources.groups;
  if (!source) return [];
  return taxonomy.groups.flatMap((group, index) =>
    group.tiers
      .map((tier, i) => ({ tier, line: source.lineOf([index, 'tiers', i]) }))
      .filter(({ tier }) => !tierIds.has(tier))
      .map(({ tier, line }) => ({
        group: group.id,
        issue: dependsOn(
          createIssue(
            'unknown-reference',
            { file: source.file, line, field: 'tiers' },
            { label: TAXONOMY_KINDS.tiers.label, id: tier, allowed: [...tierIds].join(', ') },
          ),
          { kind: 'tiers', id: tier },
        ),
      })),
  );
}
