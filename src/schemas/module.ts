import { z } from 'astro/zod';
import { CalendarDateSchema } from './calendar-date.ts';
import { taxonomyFieldShape } from './taxonomy-fields.ts';
import { TEXT_LIMITS, textField } from './text-field.ts';

/** Module codes back permanent QR links, so their shape is fixed: letters, a dash, three digits. */
export const MODULE_CODE_PATTERN = /^[A-Z]{2,4}-\d{3}$/;

/**
 * Frontmatter of one course module (content/modules/**\/*.mdx).
 * References into the taxonomy are plain ids here; whether they exist is checked across
 * entries by the checker (`src/lib/content/validation/`), because the taxonomy itself is data.
 */
export const ModuleSchema = z
  .object({
    /** Lesson title as members see it; printed on the pack cover, so every character must print. */
    title: textField({ max: TEXT_LIMITS.title }),
    /** Stable short id such as `DX-012`: unique, never reused; backs the permanent QR link. */
    code: z.string().regex(MODULE_CODE_PATTERN),
    /** One or two sentences for cards, search results and the printed cover. */
    summary: textField({ max: TEXT_LIMITS.summary }),
    /**
     * What members type into search that should find this module first: its set phrases
     * (三会一课), names of places, enterprises and people, or a term the module teaches without
     * spelling it out. Never shown; indexed above everything else on the page
     * (`src/lib/search/weights.ts`). Search cuts unfamiliar words into single characters, so
     * without these the module can rank below pages that merely contain the same characters.
     */
    keywords: z
      .array(textField({ max: 20 }))
      .max(12)
      .default([]),
    /** Term ids, one field per taxonomy kind; see `TAXONOMY_KINDS` for what each field means. */
    ...taxonomyFieldShape(),
    /** 学时 credited for the module; may be fractional (0.5 = half a class hour). */
    hours: z.number().positive(),
    /**
     * Lecturer or teaching unit, when known: a lecturer's id (content/lecturers/<id>.yaml), which
     * the module page links, or free text for an external lecturer or a unit.
     */
    lecturer: textField().optional(),
    /**
     * Venue ids (content/venues/<id>.yaml) where the module is taught; for modules of a format
     * that happens somewhere (role `practice`: 现场教学, 红色教育, 实践). The module page links them.
     */
    venues: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).optional(),
    /** What a member can do after the module. */
    objectives: z.array(textField()).min(1),
    /** Discussion questions (研讨题) for the branch's discussion session. */
    discussion: z.array(textField()).default([]),
    /** Codes of modules to study first. */
    prerequisites: z.array(z.string()).default([]),
    /** Reading and viewing materials. */
    materials: z.array(textField()).default([]),
    /** Date of the last substantive revision, YYYY-MM-DD. */
    updated: CalendarDateSchema,
    /**
     * Date by which the content must be reviewed again, YYYY-MM-DD; for lessons tied to a policy
     * or a yearly plan. `npm run check` warns once it has passed.
     */
    reviewBy: CalendarDateSchema.optional(),
    /** Drafts never appear in a production build. */
    status: z.enum(['draft', 'published']),
  })
  .strict();

export type ModuleFrontmatter = z.infer<typeof ModuleSchema>;
