import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByStageAndCode } from './lib/modules/facets.ts';
import { createPackPlan, type Pack } from './lib/packs/plan.ts';
import { createClassPacks, createVenueListPacks } from './lib/packs/registry-packs.ts';
import { createStudyPath, type StudyPath } from './lib/plans/paths/study-path.ts';
import { loadPlans } from './lib/content/files/plans.ts';
import { createCycleTable } from './lib/plans/cycle-table.ts';
import { resolvePlans, type PlanInput } from './lib/plans/resolve.ts';
import type { CycleRow, GroupPlan } from './lib/plans/types.ts';
import { printOrigin, printPages } from 'virtual:curriculum/config';
import type { OriginVerdict } from './lib/content/qr/origin.ts';
import { loadRegistry } from './lib/content/qr/load-registry.ts';
import { loadSettings } from './lib/content/files/settings.ts';
import { loadWorkCalendar } from './lib/content/files/holidays.ts';
import { loadEvaluations, type EvaluationYear } from './lib/content/files/evaluations.ts';
import type { WorkCalendar } from './lib/plans/schedule/holidays.ts';
import { isPublished } from './lib/modules/publication.ts';
import type { RegistryEntry } from './schemas/qr-registry.ts';
import type { Settings } from './schemas/settings.ts';
import { TAXONOMY_KIND_IDS, type Taxonomy, type TaxonomyKind } from './schemas/taxonomy-kinds.ts';
import { routes } from './site-routes.ts';
import { loadRegistries, type Registries } from './lib/content/files/registries.ts';
import { planVenueIds, venueList } from './lib/registries/venue-list.ts';

export type ModuleEntry = CollectionEntry<'modules'>;

export interface Curriculum {
  taxonomy: Taxonomy;
  /** Modules members may see, in curriculum order; drafts only in `astro dev`. */
  modules: ModuleEntry[];
  /** Looks up a taxonomy term's Chinese name, falling back to its id. */
  nameOf(kind: TaxonomyKind, id: string): string;
  /** Every module tagged for each member group (its library), by stage, in taxonomy order. */
  paths: StudyPath<ModuleEntry>[];
  /** The plan year members study now (`plan.year` in content/settings.yaml). */
  planYear: number;
  /**
   * Each group's plan for the plan year, in taxonomy order: what path pages, progress, schedules,
   * packs and completion codes follow. Nothing here depends on the year in a URL: `/paths/<group>/`
   * and `/q/<group>/` always show the current plan.
   */
  plans: GroupPlan<ModuleEntry>[];
  /** Every group's plans of the years before the plan year, so completion codes made for them still verify. */
  earlierPlans: GroupPlan<ModuleEntry>[];
  /** The rotation cycle that contains the plan year: group × year, with 学时 per year. */
  cycle: { years: number[]; rows: CycleRow<ModuleEntry>[] };
  settings: Settings;
  /** Public holidays and 调休 working days (content/holidays/<year>.yaml): sessions fall on working days. */
  workCalendar: WorkCalendar;
  /** The organizer's yearly 培训评估 aggregates (content/evaluations/<year>.yaml), oldest year first. */
  evaluations: EvaluationYear[];
  /**
   * Every registry kind's entries (REGISTRY_KINDS: venues, lecturers, classes), each with its id,
   * data and file, in file-name order.
   */
  registries: Registries;
  /** The plan year's 外训名录: venue ids in the plan's order (content/plans/<year>.yaml `venues`). */
  venueList: readonly string[] | undefined;
  /** Every short code ever printed (content/qr-registry.yaml). */
  registry: RegistryEntry[];
  /** Whether QR codes may be printed for the configured site origin, and why not. */
  printOrigin: OriginVerdict;
  /** The absolute short link a QR code for `code` encodes; undefined when codes may not be printed. */
  shortLink(code: string): string | undefined;
  /** Every printable pack, and the packs of each module code or group id. */
  packs: Pack<ModuleEntry>[];
  packsOf(owner: string): Pack<ModuleEntry>[];
  /** The packs whose print pages this build writes: all of them, or none when `CURRICULUM_PACKS=off`. */
  printedPacks: Pack<ModuleEntry>[];
}

// A memo, not shared state: with `experimental.parallelPrerender` each render thread loads its own
// copy, and every copy is the same because it is computed from the same files and build facts.
let cached: Promise<Curriculum> | undefined;

/** The one place that reads content collections; every page gets its data from here. */
export function getCurriculum(): Promise<Curriculum> {
  return (cached ??= loadCurriculum());
}

async function loadCurriculum(): Promise<Curriculum> {
  const [entries, ...termEntries] = await Promise.all([
    getCollection('modules', (entry) => !import.meta.env.PROD || isPublished(entry.data)),
    ...TAXONOMY_KIND_IDS.map((kind) => getCollection(kind)),
  ]);
  const taxonomy = Object.fromEntries(
    TAXONOMY_KIND_IDS.map((kind, i) => [
      kind,
      termEntries[i]!.map((entry) => entry.data).sort((a, b) => a.position - b.position),
    ]),
  ) as unknown as Taxonomy;
  taxonomy.stages.sort((a, b) => a.order - b.order);
  const names = new Map<string, string>();
  for (const kind of TAXONOMY_KIND_IDS) {
    for (const term of taxonomy[kind]) names.set(`${kind}:${term.id}`, term.name);
  }
  const byData = new Map(entries.map((entry) => [entry.data, entry]));
  const modules = sortByStageAndCode([...byData.keys()], taxonomy).map((data) => byData.get(data)!);
  const paths = taxonomy.groups.map((group) => createStudyPath(group, modules, taxonomy.stages));
  const settings = loadSettings();
  const planInput: PlanInput<ModuleEntry> = { modules, taxonomy, plans: loadPlans(), settings };
  const plans = resolvePlans(planInput);
  const registries = loadRegistries();
  const packs: Pack<ModuleEntry>[] = [
    ...createPackPlan(modules, plans),
    // Each class's pack and the plan year's 外训名录 (lib/packs/registry-packs.ts).
    ...createClassPacks(registries.classes, modules),
    ...createVenueListPacks(
      settings.plan.year,
      venueList(registries.venues, planVenueIds(planInput.plans, settings.plan.year)).listed,
    ),
  ];
  const packsByOwner = Map.groupBy(packs, (pack) => pack.owner);
  return {
    taxonomy,
    modules,
    nameOf: (kind, id) => names.get(`${kind}:${id}`) ?? id,
    paths,
    planYear: settings.plan.year,
    plans,
    earlierPlans: earlierYears(planInput).flatMap((year) => resolvePlans(planInput, year)),
    cycle: createCycleTable(planInput),
    settings,
    workCalendar: loadWorkCalendar(),
    evaluations: loadEvaluations(),
    registry: loadRegistry(),
    registries,
    venueList: planVenueIds(planInput.plans, settings.plan.year),
    printOrigin,
    shortLink: (code) => (printOrigin.ok ? routes.shortLinkUrl(printOrigin.origin, code) : undefined),
    packs,
    packsOf: (owner) => packsByOwner.get(owner) ?? [],
    printedPacks: printPages ? packs : [],
  };
}

/**
 * Years before the plan year that a completion code may have been made for: back to the first plan
 * file or the first rotation year, whichever is earlier.
 */
function earlierYears({ plans, settings }: PlanInput<unknown>): number[] {
  const first = Math.min(settings.rotation.startYear, ...plans.map((plan) => plan.year));
  return Array.from({ length: Math.max(0, settings.plan.year - first) }, (_, i) => first + i);
}
