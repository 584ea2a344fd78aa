import { calendarToday } from '../calendar.ts';
import { checkModuleRelations } from './cross-checks.ts';
import { checkImages } from './images.ts';
import { sortIssues, type ContentIssue } from './issue.ts';
import { checkModuleLinks, type ModuleBody } from './links.ts';
import { readModule } from './modules.ts';
import { checkRegistry } from './registry.ts';
import { checkStudyPaths } from './path-checks.ts';
import type { ModuleRecord } from './records.ts';
import type { ContentSources } from '../content-files/sources.ts';
import type { Settings } from '../../schemas/settings.ts';
import { readSettings } from '../content-files/settings.ts';
import { checkStaleContent } from './stale-checks.ts';
import { readPlans } from '../content-files/plans.ts';
import { checkPlans } from './plan-checks.ts';
import { readTaxonomy, type TaxonomyRecord } from '../content-files/taxonomy.ts';

export interface ContentReport {
  issues: ContentIssue[];
  modules: ModuleRecord[];
  taxonomy: TaxonomyRecord;
  settings: Settings;
}

export interface ValidateOptions {
  /** The calendar day stale-content warnings are judged by (midnight UTC); defaults to today in Beijing. */
  today?: Date | undefined;
}

/**
 * Runs every content check and collects all problems before anything fails, so a lecturer
 * sees the whole list in one run instead of fixing errors one build at a time.
 */
export function validateContent(
  sources: ContentSources,
  { today = calendarToday() }: ValidateOptions = {},
): ContentReport {
  const { record: taxonomy, issues } = readTaxonomy(sources.taxonomy);
  const { settings, issues: settingsIssues } = readSettings(sources.settings);
  issues.push(...settingsIssues);
  const plans = readPlans(sources.plans ?? []);
  issues.push(...plans.issues);
  const modules: ModuleRecord[] = [];
  const bodies: ModuleBody[] = [];
  for (const source of sources.modules) {
    const result = readModule(source);
    issues.push(...result.issues);
    if (result.record) modules.push(result.record);
    if (result.outline) bodies.push({ file: source.file, outline: result.outline, record: result.record });
  }
  issues.push(
    ...checkModuleRelations(modules, taxonomy),
    ...checkStudyPaths(modules, taxonomy),
    ...checkPlans(plans.records, modules, taxonomy, settings),
    ...checkModuleLinks(bodies, modules),
    ...checkImages(bodies, new Set(sources.files ?? [])),
    ...checkStaleContent(modules, { today, maxAgeMonths: settings.review.maxAgeMonths }),
    // Without a registry (e.g. a fixture set), printed-code checks have nothing to guard.
    ...(sources.registry ? checkRegistry(sources.registry, modules, taxonomy) : []),
  );
  return { issues: sortIssues(issues), modules, taxonomy, settings };
}
