import { z } from 'astro/zod';

/**
 * Taxonomy entries are data that an organization edits (content/taxonomy/*.yaml).
 * Every kind shares the same base fields; groups and stages add their own.
 */
const TermFields = {
  /** Stable ASCII id used in module frontmatter, URLs and filters, e.g. `grassroots`. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, '只能使用小写字母、数字和连字符，并以字母开头'),
  /** Chinese display name shown to members, e.g. `基层党员`. */
  name: z.string().min(1),
  /** English name, for maintainers and for the README. */
  nameEn: z.string().min(1),
  /** One or two sentences explaining who or what the term covers. */
  description: z.string().min(1),
};

/** 分层: leadership, middle management, grassroots. */
export const TierSchema = z.object(TermFields).strict();
export type Tier = z.infer<typeof TierSchema>;

/** 分类: a member group with its own study path and yearly requirement. */
export const GroupSchema = z
  .object({
    ...TermFields,
    /** Tier ids this group belongs to; a module for the group must cover one of them. */
    tiers: z.array(z.string()).min(1),
    /** Yearly required study hours (学时), e.g. 32 for members and 56 for branch secretaries. */
    requiredHours: z.number().positive(),
  })
  .strict();
export type Group = z.infer<typeof GroupSchema>;

/** 阶段: the stages a training programme moves through, in order. */
export const StageSchema = z
  .object({
    ...TermFields,
    /** Position of the stage in a study path; lower comes first. */
    order: z.number().int(),
  })
  .strict();
export type Stage = z.infer<typeof StageSchema>;

/** 内容: the subject area of a module. */
export const TopicSchema = z.object(TermFields).strict();
export type Topic = z.infer<typeof TopicSchema>;

/** 形式: how a module is delivered (lecture, discussion, site visit …). */
export const FormatSchema = z.object(TermFields).strict();
export type Format = z.infer<typeof FormatSchema>;

/** The five taxonomy kinds, keyed by the name of their YAML file. */
export const TaxonomySchemas = {
  tiers: TierSchema,
  groups: GroupSchema,
  stages: StageSchema,
  topics: TopicSchema,
  formats: FormatSchema,
} as const;
export type TaxonomyKind = keyof typeof TaxonomySchemas;

export interface Taxonomy {
  tiers: Tier[];
  groups: Group[];
  stages: Stage[];
  topics: Topic[];
  formats: Format[];
}
