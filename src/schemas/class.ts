import { z } from 'astro/zod';
import { CalendarDateSchema } from './calendar-date.ts';
import { MODULE_CODE_PATTERN } from './module.ts';
import { TEXT_LIMITS, textField } from './text-field.ts';

// One YAML file per class, content/classes/<id>.yaml (the id is the file name). Cross-file facts
// (a day outside the class dates, a draft module, a lecturer booked twice in one half-day, unknown
// venue, lecturer and module ids) are the checker's, so one slip does not hide the rest of the file.

/** A registry id: a venue or lecturer file name, `content/<kind>/<id>.yaml`. */
const REGISTRY_ID = /^[a-z0-9-]+$/;

/** The kinds of class the curriculum names, with the Chinese label members read. */
export const CLASS_KINDS = {
  topical: '专题培训班',
  rotation: '轮训班次',
  activist: '入党积极分子培训班',
} as const;

export type ClassKind = keyof typeof CLASS_KINDS;

/** The half-day slots of a class day, in the order they run, with their Chinese labels. */
export const CLASS_SLOTS = {
  am: '上午',
  pm: '下午',
  evening: '晚上',
} as const;

export type ClassSlot = keyof typeof CLASS_SLOTS;

const slotIds = Object.keys(CLASS_SLOTS) as [ClassSlot, ...ClassSlot[]];
const kindIds = Object.keys(CLASS_KINDS) as [ClassKind, ...ClassKind[]];

/** One half-day session of a class day: what is taught, where, by whom, in which form. */
export const ClassSessionSchema = z
  .object({
    /** `am` 上午, `pm` 下午 or `evening` 晚上. */
    slot: z.enum(slotIds),
    /** What the session is, as the programme prints it. */
    title: textField({ max: TEXT_LIMITS.title }),
    /** Module codes taught in the session; each must exist and be published. */
    modules: z.array(z.string().regex(MODULE_CODE_PATTERN)).optional(),
    /** Venue id (content/venues/); left out, the class's venue. */
    venue: z.string().regex(REGISTRY_ID).optional(),
    /** Lecturer ids (content/lecturers/), or free text for an external lecturer. */
    lecturers: z.array(textField({ max: TEXT_LIMITS.termName * 2 })).optional(),
    /** The form of the session, e.g. 现场教学, 分组讨论, 专题讲座. */
    form: textField({ max: TEXT_LIMITS.termName }).optional(),
  })
  .strict();

/** One day of a class and its half-day sessions. */
export const ClassDaySchema = z
  .object({
    /** The calendar day, `YYYY-MM-DD`; must lie between the class's `startDate` and `endDate`. */
    date: CalendarDateSchema,
    sessions: z.array(ClassSessionSchema).min(1),
  })
  .strict();

/** One item of a 五个一 style programme, e.g. 一次红色之旅. */
export const ProgrammeItemSchema = z
  .object({
    item: textField({ max: TEXT_LIMITS.termName }),
    description: textField({ max: TEXT_LIMITS.summary }),
  })
  .strict();

/** content/classes/<id>.yaml: one training class (培训班次). */
export const ClassSchema = z
  .object({
    /** The class's name, as the cover and the certificate print it. */
    name: textField({ max: TEXT_LIMITS.title }),
    /** `topical` 专题培训班, `rotation` 轮训班次 or `activist` 入党积极分子培训班. */
    kind: z.enum(kindIds),
    startDate: CalendarDateSchema,
    endDate: CalendarDateSchema,
    /** Member group ids (content/taxonomy/groups.yaml) the class is for. */
    groups: z.array(z.string().regex(REGISTRY_ID)).min(1),
    /** Expected number of participants. */
    participants: z.number().int().positive(),
    /** The class's main venue id (content/venues/); a session may name another. */
    venue: z.string().regex(REGISTRY_ID).optional(),
    /** Who runs the class, e.g. 党委组织部. */
    organizer: textField({ max: TEXT_LIMITS.title }).optional(),
    /** A few sentences on what the class is for. */
    description: textField({ max: TEXT_LIMITS.summary }).optional(),
    days: z.array(ClassDaySchema).min(1),
    /** An optional 五个一 style programme. */
    programme: z.array(ProgrammeItemSchema).optional(),
  })
  .strict();

export type ClassSession = z.infer<typeof ClassSessionSchema>;
export type ClassDay = z.infer<typeof ClassDaySchema>;
export type TrainingClass = z.infer<typeof ClassSchema>;
