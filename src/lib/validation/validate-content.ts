import { checkModuleRelations } from './cross-checks.ts';
import { checkStudyPaths } from './path-checks.ts';
import { sortIssues, type ContentIssue } from './issue.ts';
import { readModule } from './modules.ts';
import type { ModuleRecord, TaxonomyRecord } from './records.ts';
import type { ContentSources } from './sources.ts';
import type { Settings } from '../../schemas/settings.ts';
import { readSettings } from './settings.ts';
import { readTaxonomy } from './taxonomy.ts';

export interface ContentReport {
  issues: ContentIssue[];
  modules: ModuleRecord[];
  taxonomy: TaxonomyRecord;
  settings: Settings;
}

/**
 * Runs every content check and collects all problems before anything fails, so a lecturer
 * sees the whole list in one run instead of fixing errors one build at a time.
 */
export function validateContent(sources: ContentSources): ContentReport {
  const { record: taxonomy, issues } = readTaxonomy(sources.taxonomy);
  const { settings, issues: settingsIssues } = readSettings(sources.settings);
  issues.push(...settingsIssues);
  const modules: ModuleRecord[] = [];
  for (const source of sources.modules) {
    const result = readModule(source);
    issues.push(...result.issues);
    if (result.record) modules.push(result.record);
  }
  issues.push(...checkModuleRelations(modules, taxonomy), ...checkStudyPaths(modules, taxonomy));
  return { issues: sortIssues(issues), modules, taxonomy, settings };
}
