import type { z } from 'astro/zod';
import { CLASS_KINDS, ClassSchema } from './class.ts';
import { LECTURER_TEAMS, LecturerSchema } from './lecturer.ts';
import { VENUE_KINDS, VenueSchema } from './venue.ts';

/**
 * What the site knows about one registry kind: venues, lecturers, classes, one YAML file per entry
 * under `content/<kind>/`. Adding a kind means one entry here, its schema file, its folder and its
 * two pages (ARCHITECTURE.md, "Adding a registry kind"): the loader, the checker (schema, unknown
 * references, personal data), `getCurriculum().registries`, the `/q/` short links, the QR registry,
 * the sidebar and the list and entry components all read this table.
 */
export interface RegistryKindDefinition<S extends z.ZodType = z.ZodType> {
  /** Schema of one file, `content/<kind>/<id>.yaml`; the id is the file name. */
  schema: S;
  /** The one Chinese name of one entry, as messages and pages say it (外训基地). */
  label: string;
  /** Title of the list page and its sidebar link (外训名录). */
  listTitle: string;
  /** One sentence under the list page's title. */
  listIntro: string;
  /** URL segment: `/<segment>/` lists, `/<segment>/<id>/` is an entry's page. */
  segment: string;
  /**
   * The `kind` of its lines in content/qr-registry.yaml; an entry's printed short code is
   * `<qrKind>-<id>` (`/q/venue-jinggangshan/`), so no entry takes a module's or a group's link.
   */
  qrKind: string;
  /** The name an entry is shown by. */
  title(data: z.infer<S>): string;
  /** Facets shown on cards and entry pages, and offered as filters on the list when `filter` is set. */
  facets: readonly RegistryFacet<z.infer<S>>[];
  /** Where modules, plans and other registry kinds name an entry of this kind by id. */
  references: readonly RegistryReference[];
}

/** One facet of an entry: a label and the values it has, each shown by its Chinese name. */
export interface RegistryFacet<T> {
  /** Query key of the list's filter, and the facet's id. */
  key: string;
  label: string;
  valuesOf(data: T): readonly string[];
  /**
   * Where a value's Chinese name comes from: a fixed table, or a taxonomy kind's terms. With
   * `field`, the checker reports an id the taxonomy lacks at `<field>[i]` (a kind whose own checks
   * cover it leaves `field` out).
   */
  names?: Readonly<Record<string, string>> | { taxonomy: 'groups' | 'topics'; field?: string };
  /** Whether the list page offers the facet as a filter. */
  filter: boolean;
}

/**
 * A field that holds ids of this kind. `from` is `modules` (frontmatter), `plans` (a plan file)
 * or another registry kind; `path` leads to the value, `*` standing for every item of a list.
 * With `freeText`, a value that is not written like an id is a name (an external lecturer).
 */
export interface RegistryReference {
  from: string;
  path: readonly string[];
  freeText?: boolean;
}

/** Ids of registry entries: their file names. */
export const REGISTRY_ID = /^[a-z0-9][a-z0-9-]*$/;

const registryKind = <S extends z.ZodType>(definition: RegistryKindDefinition<S>) => definition;

/** Every registry kind, keyed by its folder under content/, in the order of the sidebar. */
export const REGISTRY_KINDS = {
  venues: registryKind({
    schema: VenueSchema,
    label: '外训基地',
    listTitle: '外训名录',
    listIntro: '本年度可供各基层党支部选择的外训班次和红色教育基地',
    segment: 'venues',
    qrKind: 'venue',
    title: (venue) => venue.name,
    facets: [
      { key: 'region', label: '地区', valuesOf: (v) => [v.region], filter: true },
      { key: 'kind', label: '类型', valuesOf: (v) => [v.kind], names: VENUE_KINDS, filter: true },
      {
        key: 'group',
        label: '适合人员',
        valuesOf: (v) => v.groups,
        names: { taxonomy: 'groups', field: 'groups' },
        filter: true,
      },
      { key: 'theme', label: '主题', valuesOf: (v) => v.themes, filter: false },
    ],
    references: [
      { from: 'modules', path: ['venues', '*'] },
      { from: 'plans', path: ['venues', '*'] },
      { from: 'classes', path: ['venue'] },
      { from: 'classes', path: ['days', '*', 'sessions', '*', 'venue'] },
    ],
  }),
  lecturers: registryKind({
    schema: LecturerSchema,
    label: '授课人',
    listTitle: '师资库',
    listIntro: '各宣讲团和党校、组织部的授课人，以及他们讲授的课程模块',
    segment: 'lecturers',
    qrKind: 'lecturer',
    title: (lecturer) => lecturer.name,
    facets: [
      { key: 'team', label: '宣讲团', valuesOf: (l) => [l.team], names: LECTURER_TEAMS, filter: true },
      {
        key: 'topic',
        label: '专题',
        valuesOf: (l) => l.topics,
        names: { taxonomy: 'topics', field: 'topics' },
        filter: true,
      },
      { key: 'specialty', label: '擅长', valuesOf: (l) => l.specialties, filter: false },
    ],
    references: [
      { from: 'modules', path: ['lecturer'], freeText: true },
      { from: 'classes', path: ['days', '*', 'sessions', '*', 'lecturers', '*'], freeText: true },
    ],
  }),
  classes: registryKind({
    schema: ClassSchema,
    label: '培训班次',
    listTitle: '培训班次',
    listIntro: '本年度举办的专题培训班、轮训班次和入党积极分子培训班',
    segment: 'classes',
    qrKind: 'class',
    title: (trainingClass) => trainingClass.name,
    facets: [
      { key: 'kind', label: '班次类型', valuesOf: (c) => [c.kind], names: CLASS_KINDS, filter: true },
      {
        key: 'group',
        label: '培训对象',
        valuesOf: (c) => c.groups,
        names: { taxonomy: 'groups' },
        filter: true,
      },
    ],
    references: [],
  }),
} as const;

export type RegistryKind = keyof typeof REGISTRY_KINDS;

/** The kinds in table order. */
export const REGISTRY_KIND_IDS = Object.keys(REGISTRY_KINDS) as RegistryKind[];

/** One entry of a kind, as parsed from its file. */
export type RegistryDataOf<K extends RegistryKind> = z.infer<(typeof REGISTRY_KINDS)[K]['schema']>;

/** The `kind` values registry entries take in content/qr-registry.yaml. */
export const REGISTRY_QR_KINDS = REGISTRY_KIND_IDS.map((kind) => REGISTRY_KINDS[kind].qrKind) as [
  string,
  ...string[],
];

/** The kind and id a registry short code stands for, given its QR registry `kind`; undefined for any other code. */
export function registryTargetOf(
  qrKind: string,
  code: string,
): { kind: RegistryKind; id: string } | undefined {
  const kind = REGISTRY_KIND_IDS.find((each) => REGISTRY_KINDS[each].qrKind === qrKind);
  const prefix = `${qrKind}-`;
  return kind && code.startsWith(prefix) ? { kind, id: code.slice(prefix.length) } : undefined;
}

/** The short code printed for an entry: `venue-jinggangshan`. */
export function registryCode(kind: RegistryKind, id: string): string {
  return `${REGISTRY_KINDS[kind].qrKind}-${id}`;
}

/** A table kind's definition, typed for code that handles every kind alike. */
export function registryKindOf(kind: RegistryKind): RegistryKindDefinition {
  return REGISTRY_KINDS[kind] as unknown as RegistryKindDefinition;
}
