import { calendarToday } from '../../platform/calendar.ts';
import { checkModuleRelations } from './cross-checks.ts';
import { checkImages } from './images.ts';
import { checkSvgFiles } from './svg-files.ts';
import { checkPublicFiles } from './public-files.ts';
import { sortIssues, type ContentIssue } from './issue.ts';
import { checkModuleLinks, type ModuleBody } from './links.ts';
import { checkFileSet } from './file-set-checks.ts';
import { readModule } from './modules.ts';
import { checkPage } from './pages.ts';
import { checkPageRoutes } from './page-routes.ts';
import { checkRegistry } from './registry.ts';
import { checkShortLinks } from './short-link-checks.ts';
import { checkStudyPaths } from './path-checks.ts';
import { foldDependentIssues } from './dependents.ts';
import type { ModuleFacts, ModuleRecord } from './records.ts';
import type { ContentSources } from '../files/sources.ts';
import type { Settings } from '../../../schemas/settings.ts';
import { readSettings } from '../files/settings.ts';
import { checkStaleContent } from './stale-checks.ts';
import { readPlans } from '../files/plans.ts';
import { checkPlans } from './plan-checks.ts';
import { checkHolidays } from './holiday-checks.ts';
import { checkEvaluations } from './evaluation-checks.ts';
import { readTaxonomy, type TaxonomyRecord } from '../files/taxonomy.ts';
import { checkRegistries, registryShortCodes } from './registry-checks.ts';
import { checkClasses, classCheckContext } from './class-checks.ts';
import type { RegistryRead } from '../files/registries.ts';

export interface ContentReport {
  issues: ContentIssue[];
  modules: ModuleRecord[];
  /** Every module file read, valid or not, for the summary line. */
  moduleFiles: number;
  taxonomy: TaxonomyRecord;
  settings: Settings;
  /** Registry entries that passed (venues, lecturers, classes), and the ids of every registry file. */
  registries: RegistryRead;
}

export interface ValidateOptions {
  /** The calendar day stale-content warnings are judged by (midnight UTC); defaults to today in Beijing. */
  today?: Date | undefined;
  /** Running in CI: a registry without its Git history is then an error, not a warning. */
  ci?: boolean | undefined;
}

/**
 * Runs every content check and collects all problems before anything fails, so a lecturer
 * sees the whole list in one run instead of fixing errors one build at a time.
 */
export function validateContent(
  sources: ContentSources,
  { today = calendarToday(), ci = false }: ValidateOptions = {},
): ContentReport {
  const { record: taxonomy, issues } = readTaxonomy(sources.taxonomy);
  const { settings, issues: settingsIssues } = readSettings(sources.settings);
  issues.push(...settingsIssues);
  const plans = readPlans(sources.plans ?? [], settings.plan.year);
  issues.push(...plans.issues);
  const modules: ModuleRecord[] = [];
  // Valid modules and what parsed of the others: cross-entry checks see every module file.
  const facts: ModuleFacts[] = [];
  const bodies: ModuleBody[] = [];
  const existingFiles = sources.files ? new Set(sources.files) : undefined;
  for (const source of sources.modules) {
    const result = readModule(source, { files: existingFiles });
    issues.push(...result.issues);
    if (result.record) modules.push(result.record);
    const known = result.record ?? result.salvaged;
    if (known) facts.push(known);
    if (result.outline) bodies.push({ file: source.file, outline: result.outline, record: result.record });
  }
  // Venues, lecturers, classes: their files, every reference to them, personal data.
  const registries = checkRegistries(sources, {
    facts,
    plans: plans.records,
    taxonomy: taxonomy.taxonomy,
    planYear: settings.plan.year,
  });
  issues.push(...registries.issues);
  issues.push(
    // Site pages and the file set: what Astro publishes besides modules, and what it would not.
    ...(sources.pages ?? []).flatMap((page) => checkPage(page, { files: existingFiles })),
    ...checkPageRoutes(sources.pages ?? []),
    ...checkFileSet(sources.contentPaths ?? []),
    ...checkModuleRelations(facts, taxonomy),
    ...checkStudyPaths(modules, taxonomy),
    ...checkPlans(plans.records, modules, taxonomy, settings, facts),
    ...checkHolidays(sources, settings),
    // The organizer's yearly evaluation aggregates: counts only, modules and topics that exist.
    ...checkEvaluations(sources.evaluations ?? [], facts, taxonomy),
    ...checkModuleLinks(bodies, modules),
    ...checkImages(bodies, new Set(sources.files ?? [])),
    // SVG files the build copies into dist/: nothing in them may run on the site's origin.
    ...checkSvgFiles(sources.svgs ?? []),
    ...checkPublicFiles(sources.publicFiles ?? []),
    ...checkStaleContent(modules, { today, maxAgeMonths: settings.review.maxAgeMonths }),
    // Without a registry (e.g. a fixture set), printed-code checks have nothing to guard; module
    // codes and group ids still share the short links (the registry check adds printed codes).
    ...(sources.registry
      ? checkRegistry(sources.registry, facts, taxonomy, {
          ci,
          registryEntries: registryShortCodes(registries.read),
        })
      : checkShortLinks(facts, taxonomy)),
  );
  // Rules only a class has: its days, its modules and groups, a lecturer booked twice in a half-day.
  issues.push(...checkClasses(registries.read.records, classCheckContext(facts, taxonomy.taxonomy)));
  const taxonomyFiles = new Set(Object.values(sources.taxonomy).map((source) => source.file));
  return {
    issues: taxonomyFirst(foldDependentIssues(issues, taxonomy.broken), taxonomyFiles),
    modules,
    moduleFiles: sources.modules.length,
    taxonomy,
    settings,
    registries: registries.read,
  };
}

/**
 * Taxonomy problems come first: everything else is judged against the taxonomy, so its errors
 * are the root causes a lecturer fixes before reading on. Each group is in file and line order.
 */
function taxonomyFirst(issues: ContentIssue[], taxonomyFiles: ReadonlySet<string>): ContentIssue[] {
  const inTaxonomy = (issue: ContentIssue) => taxonomyFiles.has(issue.file);
  return [...sortIssues(issues.filter(inTaxonomy)), ...sortIssues(issues.filter((i) => !inTaxonomy(i)))];
}
