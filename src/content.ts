import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByStageAndCode } from './lib/facets.ts';
import { createPackPlan, type Pack } from './lib/packs/plan.ts';
import { createStudyPath, type StudyPath } from './lib/paths/study-path.ts';
import { checkPrintOrigin, type OriginVerdict } from './lib/qr/origin.ts';
import { loadRegistry } from './lib/qr/load-registry.ts';
import { loadSettings } from './lib/settings.ts';
import type { RegistryEntry } from './schemas/qr-registry.ts';
import { shortLinkUrl } from './lib/urls.ts';
import type { ModuleFrontmatter } from './schemas/module.ts';
import type { Settings } from './schemas/settings.ts';
import type { Taxonomy, TaxonomyKind } from './schemas/taxonomy.ts';

export type ModuleEntry = CollectionEntry<'modules'>;

export interface Curriculum {
  taxonomy: Taxonomy;
  /** Modules members may see, in curriculum order; drafts only in `astro dev`. */
  modules: ModuleEntry[];
  /** Looks up a taxonomy term's Chinese name, falling back to its id. */
  nameOf(kind: TaxonomyKind, id: string): string;
  /** One study path per member group, in taxonomy order. */
  paths: StudyPath<ModuleFrontmatter>[];
  settings: Settings;
  /** Every short code ever printed (content/qr-registry.yaml). */
  registry: RegistryEntry[];
  /** Whether QR codes may be printed for the configured site origin, and why not. */
  printOrigin: OriginVerdict;
  /** The absolute short link a QR code for `code` encodes; undefined when codes may not be printed. */
  shortLink(code: string): string | undefined;
  /** The module entry with this code (published, or any in `astro dev`). */
  moduleByCode(code: string): ModuleEntry | undefined;
  /** Every printable pack, and the packs of each module code or group id. */
  packs: Pack[];
  packsOf(owner: string): Pack[];
}

let cached: Promise<Curriculum> | undefined;

/** The one place that reads content collections; every page gets its data from here. */
export function getCurriculum(): Promise<Curriculum> {
  return (cached ??= loadCurriculum());
}

async function loadCurriculum(): Promise<Curriculum> {
  const [entries, tiers, groups, stages, topics, formats] = await Promise.all([
    getCollection('modules', (entry) => !import.meta.env.PROD || entry.data.status === 'published'),
    getCollection('tiers'),
    getCollection('groups'),
    getCollection('stages'),
    getCollection('topics'),
    getCollection('formats'),
  ]);
  const inFileOrder = <T extends { position: number }>(entries: { data: T }[]) =>
    entries.map((entry) => entry.data).sort((a, b) => a.position - b.position);
  const taxonomy: Taxonomy = {
    tiers: inFileOrder(tiers),
    groups: inFileOrder(groups),
    stages: inFileOrder(stages).sort((a, b) => a.order - b.order),
    topics: inFileOrder(topics),
    formats: inFileOrder(formats),
  };
  const names = new Map<string, string>();
  for (const [kind, terms] of Object.entries(taxonomy) as [TaxonomyKind, { id: string; name: string }[]][]) {
    for (const term of terms) names.set(`${kind}:${term.id}`, term.name);
  }
  const byData = new Map(entries.map((entry) => [entry.data, entry]));
  const modules = sortByStageAndCode([...byData.keys()], taxonomy).map((data) => byData.get(data)!);
  const data = modules.map((module) => module.data);
  const paths = taxonomy.groups.map((group) => createStudyPath(group, data, taxonomy.stages));
  const printOrigin = checkPrintOrigin(import.meta.env.SITE, {
    allowLocal: process.env.QR_ALLOW_LOCAL === '1',
  });
  const packs = createPackPlan(data, paths);
  const packsByOwner = Map.groupBy(packs, (pack) => pack.owner);
  const byCode = new Map(modules.map((module) => [module.data.code, module]));
  return {
    taxonomy,
    modules,
    nameOf: (kind, id) => names.get(`${kind}:${id}`) ?? id,
    paths,
    settings: loadSettings(),
    registry: loadRegistry(),
    printOrigin,
    shortLink: (code) => (printOrigin.ok ? shortLinkUrl(printOrigin.origin, code) : undefined),
    moduleByCode: (code) => byCode.get(code),
    packs,
    packsOf: (owner) => packsByOwner.get(owner) ?? [],
  };
}
