import type { z } from 'astro/zod';
import {
  FormatSchema,
  GroupSchema,
  StageSchema,
  TierSchema,
  TopicSchema,
  type TermShape,
} from './taxonomy.ts';

/**
 * What the site knows about one taxonomy kind. Adding a kind means one entry here, its term schema
 * in `taxonomy.ts` and its YAML file: the content config, the module schema, the checker, the header
 * card, the print header, the browse pages, the sidebar, the guide and the editor hints all read
 * this table.
 */
export interface TaxonomyKindDefinition {
  /** Schema of one term in `content/taxonomy/<kind>.yaml`: the shared term fields and the kind's own. */
  schema: z.ZodObject<TermShape, z.core.$strict>;
  /** The module frontmatter key that references this kind, e.g. `topic`. */
  field: string;
  /** Whether the module field is a list of ids (`[a, b]`) rather than one id. */
  many: boolean;
  /** Whether every module must name a term; `false` for a kind that only some modules use. */
  required: boolean;
  /** The one Chinese name of the concept, as members read it on every page and in every message. */
  label: string;
  /** The name for all terms of the kind together (`各层级`), where a page covers every term of it. */
  labelPlural: string;
  /** Title of the browse page and its sidebar link. */
  browseTitle: string;
  /** URL segment of the browse pages, `/<segment>/` and `/<segment>/<term>/`. */
  segment: string;
  /** How a lecturer fills in the field, shown in the guide and as editor hover text. */
  note: string;
  /**
   * The kind whose chosen terms decide this one, for a field the lecturer never fills in: a module
   * takes every term that its `derivedFrom` terms list under this kind's module field (each group
   * lists its `tiers`). `npm run new` writes it and never asks; every other kind is asked for.
   */
  derivedFrom?: string;
  /** The question `npm run new` asks, where `属于哪个<label>？` (`属于哪些…` for a list) reads badly. */
  question?: string;
}

/**
 * Every taxonomy kind, keyed by the name of its YAML file, in the order members see them
 * (header card, print header, sidebar, browse pages, guide).
 */
export const TAXONOMY_KINDS = {
  topics: {
    schema: TopicSchema,
    field: 'topic',
    many: false,
    required: true,
    label: '专题',
    labelPlural: '各专题',
    browseTitle: '按专题浏览',
    segment: 'topics',
    note: '只填一个。模块文件放在 content/modules/<专题 id>/ 下，编号以该专题的前缀开头。',
  },
  stages: {
    schema: StageSchema,
    field: 'stage',
    many: false,
    required: true,
    label: '阶段',
    labelPlural: '各阶段',
    browseTitle: '按阶段浏览',
    segment: 'stages',
    note: '只填一个，按学习顺序排列。',
  },
  formats: {
    schema: FormatSchema,
    field: 'format',
    many: false,
    required: true,
    label: '形式',
    question: '采用什么形式？',
    labelPlural: '各形式',
    browseTitle: '按形式浏览',
    segment: 'formats',
    note: '只填一个。',
  },
  tiers: {
    schema: TierSchema,
    field: 'tiers',
    many: true,
    derivedFrom: 'groups',
    required: true,
    label: '层级',
    labelPlural: '各层级',
    browseTitle: '按层级浏览',
    segment: 'tiers',
    note: '可填多个，如 [grassroots, middle]。',
  },
  groups: {
    schema: GroupSchema,
    field: 'groups',
    many: true,
    required: true,
    label: '党员类别',
    question: '面向哪些党员类别？',
    labelPlural: '各党员类别',
    browseTitle: '按党员类别浏览',
    segment: 'groups',
    note: '可填多个。每个党员类别所属的层级要出现在 tiers 中（npm run new 会自动填好）。',
  },
} as const satisfies Record<string, TaxonomyKindDefinition>;

export type TaxonomyKind = keyof typeof TAXONOMY_KINDS;

/** The kinds in table order. */
export const TAXONOMY_KIND_IDS = Object.keys(TAXONOMY_KINDS) as TaxonomyKind[];

/** The kinds' names as one phrase for prose, e.g. `专题、阶段、形式、层级、党员类别`. */
export const TAXONOMY_LABELS = TAXONOMY_KIND_IDS.map((kind) => TAXONOMY_KINDS[kind].label).join('、');

/** One term of a kind, as parsed from its YAML. */
export type TermOf<K extends TaxonomyKind> = z.infer<(typeof TAXONOMY_KINDS)[K]['schema']>;

/** The whole taxonomy: every kind's terms, in YAML order. */
export type Taxonomy = { [K in TaxonomyKind]: TermOf<K>[] };

/** The module frontmatter key of each kind, e.g. `topic` for `topics`. */
export type TaxonomyField<K extends TaxonomyKind = TaxonomyKind> = (typeof TAXONOMY_KINDS)[K]['field'];

/**
 * The term ids a module names for one kind: one for a single-valued field, several for a list,
 * none when an optional field is left out.
 */
export function termIdsOf(
  module: { readonly [F in TaxonomyField]?: string | readonly string[] },
  kind: TaxonomyKind,
): string[] {
  const value = module[TAXONOMY_KINDS[kind].field];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}

/** A taxonomy with no terms, to fill kind by kind. */
export function emptyTaxonomy(): Taxonomy {
  return Object.fromEntries(TAXONOMY_KIND_IDS.map((kind) => [kind, []])) as unknown as Taxonomy;
}
