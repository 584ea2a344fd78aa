import { createStudyPath } from '../paths/study-path.ts';
import type { ContentIssue } from './issue.ts';
import { messages } from './messages.ts';
import type { ModuleRecord, TaxonomyRecord } from './records.ts';

/**
 * Warnings about study paths, located at the group's entry in groups.yaml: a group with no
 * modules, or whose published modules cannot add up to its yearly requirement.
 */
export function checkStudyPaths(
  modules: ModuleRecord[],
  { taxonomy, sources }: TaxonomyRecord,
): ContentIssue[] {
  const published = modules.map((module) => module.data).filter((data) => data.status === 'published');
  const source = sources.groups;
  if (!source) return [];
  return taxonomy.groups.flatMap((group, index): ContentIssue[] => {
    const path = createStudyPath(group, published, taxonomy.stages);
    const at = { file: source.file, line: source.lineOf([index, 'id']), severity: 'warning' as const };
    if (path.modules.length === 0) {
      return [
        {
          ...at,
          field: 'groups',
          code: 'path-empty',
          message: messages.pathEmpty(group.name),
          allowed: `在模块的 groups 中加入 ${group.id}`,
        },
      ];
    }
    if (path.shortfall > 0) {
      return [
        {
          ...at,
          line: source.lineOf([index, 'requiredHours']),
          field: 'requiredHours',
          code: 'path-short',
          message: messages.pathShort(group.name, path.totalHours, group.requiredHours, path.shortfall),
          allowed: `为该类别增加模块，或调整 requiredHours`,
        },
      ];
    }
    return [];
  });
}
