import type { TrainingClass } from '../../schemas/class.ts';
import type { ModuleFrontmatter } from '../../schemas/module.ts';
import type { Venue } from '../../schemas/venue.ts';
import { isoDay } from '../platform/calendar.ts';
import type { GroupPlan } from '../plans/types.ts';
import {
  printModuleParams,
  printPathParams,
  sitePaths,
  type ModuleEdition,
  type PathPrint,
} from '../routes/routes.ts';

export type PackKind = 'module' | 'lecturer' | 'path' | 'poster' | 'class' | 'venues';

/**
 * One printable PDF as the packs integration reads it back from `plan.json` after the build:
 * the print page it is made from and where the file goes, both under the site root.
 */
export interface PackFile {
  kind: PackKind;
  title: string;
  /** Print page, e.g. `print/modules/dx-001/index.html`. */
  source: string;
  /** PDF, e.g. `packs/modules/dx-001.pdf`. */
  output: string;
  /** Module code or group id the pack belongs to. */
  owner: string;
  /**
   * YYYY-MM-DD, the PDF's creation date: the module's `updated`, or for a path pack and poster the
   * version date on its cover (newest `updated` of the required modules). From the content, never
   * the clock, so two renders of the same pack are byte-identical.
   */
  date: string;
}

/** A module edition's pack, with the params of its print route and the entry it prints. */
export interface ModulePack<T> extends PackFile {
  kind: 'module' | 'lecturer';
  edition: ModuleEdition;
  params: ReturnType<typeof printModuleParams>;
  module: T;
}

/** A group's yearly pack or poster, with the params of its print route and the plan it prints. */
export interface PathPack<T> extends PackFile {
  kind: 'path' | 'poster';
  print: PathPrint;
  params: ReturnType<typeof printPathParams>;
  plan: GroupPlan<T>;
}

/** A registry entry as the packs need it: its id and its parsed file. */
export interface RegistryItem<D> {
  id: string;
  data: D;
}

/** A class's pack (registry-packs.ts): cover, programme, its modules, sign-in sheets, forms, certificate. */
export interface ClassPack<T> extends PackFile {
  kind: 'class';
  params: { id: string };
  trainingClass: RegistryItem<TrainingClass>;
  /** The published modules the class teaches, in the order its sessions teach them. */
  modules: T[];
}

/** The plan year's 外训名录 (registry-packs.ts): one entry per venue, each with its QR code. */
export interface VenueListPack extends PackFile {
  kind: 'venues';
  params: { year: string };
  year: number;
  venues: RegistryItem<Venue>[];
}

export type Pack<T = unknown> = ModulePack<T> | PathPack<T> | ClassPack<T> | VenueListPack;

const KIND_LABELS: Record<PackKind, string> = {
  module: '学习包',
  lecturer: '授课人版',
  path: '学习路径学习包',
  poster: '二维码海报',
  class: '班次学习包',
  venues: '外训名录',
};

const EDITIONS = { module: 'member', lecturer: 'lecturer' } as const satisfies Record<string, ModuleEdition>;
const PATH_PRINTS = { path: 'pack', poster: 'poster' } as const satisfies Record<string, PathPrint>;

/**
 * Every pack the build prints: per module a member and a lecturer edition, per group a pack of
 * its yearly plan (the required modules in full, the electives listed, the forms) and an A4 poster
 * of its QR codes. The print routes are
 * generated from this plan and every path comes from routes.ts, so a pack's source is always a
 * page the build writes.
 */
export function createPackPlan<T extends { data: Pick<ModuleFrontmatter, 'code' | 'title' | 'updated'> }>(
  modules: readonly T[],
  plans: readonly GroupPlan<T>[],
): Pack<T>[] {
  const modulePacks = modules.flatMap((module) => {
    const { code, title, updated } = module.data;
    return (['module', 'lecturer'] as const).map((kind): ModulePack<T> => ({
      kind,
      title: `${title}（${KIND_LABELS[kind]}）`,
      source: `${sitePaths.printModule(code, EDITIONS[kind])}index.html`,
      output: sitePaths.modulePdf(code, EDITIONS[kind]),
      owner: code,
      date: isoDay(updated),
      edition: EDITIONS[kind],
      params: printModuleParams(code, EDITIONS[kind]),
      module,
    }));
  });
  const pathPacks = plans
    .filter((plan) => plan.required.length + plan.electives.length > 0)
    .flatMap((plan) =>
      (['path', 'poster'] as const).map((kind): PathPack<T> => ({
        kind,
        title: `${plan.group.name}${KIND_LABELS[kind]}`,
        source: `${sitePaths.printPath(plan.group.id, PATH_PRINTS[kind])}index.html`,
        output: sitePaths.pathPdf(plan.group.id, PATH_PRINTS[kind]),
        owner: plan.group.id,
        date: planDate(plan),
        print: PATH_PRINTS[kind],
        params: printPathParams(plan.group.id, PATH_PRINTS[kind]),
        plan,
      })),
    );
  return [...pathPacks, ...modulePacks];
}

/** A path pack's date: its cover's version date, else (no required modules) its electives' newest. */
function planDate<T extends { data: Pick<ModuleFrontmatter, 'updated'> }>(plan: GroupPlan<T>): string {
  const newest = (entries: readonly T[]) => versionDate(entries.map(({ data }) => data));
  const date = newest(plan.required.map(({ entry }) => entry)) ?? newest(plan.electives);
  // Plans without any module get no pack (createPackPlan), so one of the two lists has a module.
  return isoDay(date!);
}

/** What `plan.json` carries: the files only, not the entries the print pages render. */
export function packFiles(packs: readonly Pack[]): PackFile[] {
  return packs.map(({ kind, title, source, output, owner, date }) => ({
    kind,
    title,
    source,
    output,
    owner,
    date,
  }));
}

export function packLabel(kind: PackKind): string {
  return KIND_LABELS[kind];
}

/** `146 KB`, `1.2 MB`: what a branch secretary on mobile data wants to know before downloading. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The latest `updated` date among modules: the version date printed on a pack's cover. */
export function versionDate(modules: readonly Pick<ModuleFrontmatter, 'updated'>[]): Date | undefined {
  return modules.reduce<Date | undefined>(
    (latest, { updated }) => (!latest || updated > latest ? updated : latest),
    undefined,
  );
}
