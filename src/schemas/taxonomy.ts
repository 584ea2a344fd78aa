import { z } from 'astro/zod';
import { TEXT_LIMITS, textField } from './text-field.ts';

/**
 * Taxonomy entries are data that an organization edits (content/taxonomy/*.yaml).
 * Every kind shares the same base fields; groups and stages add their own.
 */
const TermFields = {
  /** Stable ASCII id used in module frontmatter, URLs and filters, e.g. `grassroots`. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, '只能使用小写字母、数字和连字符，并以字母开头'),
  /** Chinese display name shown to members, e.g. `基层党员`. */
  name: textField({ max: TEXT_LIMITS.termName }),
  /** English name, for maintainers and the English docs. */
  nameEn: z.string().min(1),
  /** One or two sentences explaining who or what the term covers. */
  description: textField(),
};
/** The fields every kind's terms share; each kind's schema is a strict object extending them. */
export type TermShape = typeof TermFields;

/** 层级: leadership, middle management, grassroots. */
export const TierSchema = z.object(TermFields).strict();
export type Tier = z.infer<typeof TierSchema>;

/** 党员类别: a member group with its own study path and yearly requirement. */
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

/** 专题: the subject area of a module. */
export const TopicSchema = z
  .object({
    ...TermFields,
    /**
     * Two to four capital letters that start the codes of the topic's modules (`LL` → `LL-001`).
     * `npm run new` numbers new modules with it; when left out, the prefix the topic's existing
     * modules use most is taken, else the initials of `nameEn`.
     */
    codePrefix: z
      .string()
      .regex(/^[A-Z]{2,4}$/, '只能使用二到四个大写字母')
      .optional(),
  })
  .strict();
export type Topic = z.infer<typeof TopicSchema>;

/**
 * What a format's modules are in the theme party day "一月一课一片一实践" and in the scaffold:
 * - `lesson` (课, the default): taught or studied; the scaffold writes a reading and discussion outline;
 * - `film` (片): an education film shown to the branch;
 * - `practice` (实践): hands-on, on site or simulated; the scaffold writes a practice outline.
 */
export const FORMAT_ROLES = ['lesson', 'film', 'practice'] as const;
export type FormatRole = (typeof FORMAT_ROLES)[number];

/** 形式: how a module is delivered (lecture, discussion, site visit …). */
export const FormatSchema = z
  .object({
    ...TermFields,
    /** The format's part in a monthly schedule and the scaffold's outline, see `FORMAT_ROLES`. */
    role: z.enum(FORMAT_ROLES).default('lesson'),
  })
  .strict();
export type Format = z.infer<typeof FormatSchema>;
