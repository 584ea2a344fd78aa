import { TAXONOMY_KINDS } from '../../../schemas/taxonomy-kinds.ts';
import type { TaxonomyRecord } from '../files/taxonomy.ts';
import { createStudyPath } from '../../plans/paths/study-path.ts';
import { publishedOnly } from '../../modules/publication.ts';
import { createIssue, type ContentIssue } from './issue.ts';
import type { ModuleRecord } from './records.ts';

/**
 * Warnings about study paths, located at the group's entry in groups.yaml: a group with no
 * modules, or whose published modules cannot add up to its yearly requirement.
 */
export function checkStudyPaths(
  modules: ModuleRecord[],
  { taxonomy, sources }: TaxonomyRecord,
): ContentIssue[] {
  const published = publishedOnly(modules);
  const source = sources.groups;
  if (!source) return [];
  const groupLabel = TAXONOMY_KINDS.groups.label;
  return taxonomy.groups.flatMap((group, index): ContentIssue[] => {
    const path = createStudyPath(group, published, taxonomy.stages);
    if (path.modules.length === 0) {
      const at = { file: source.file, line: source.lineOf([index, 'id']), field: 'groups' };
      return [createIssue('path-empty', at, { groupLabel, group: group.name, groupId: group.id })];
    }
    if (path.shortfall > 0) {
      const at = { file: source.file, line: source.lineOf([index, 'requiredHours']), field: 'requiredHours' };
      const hours = { total: path.totalHours, required: group.requiredHours, missing: path.shortfall };
      return [createIssue('path-short', at, { groupLabel, group: group.name, ...hours })];
    }
    return [];
  });
}
