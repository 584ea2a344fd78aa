import { z } from 'astro/zod';
import { TEXT_LIMITS, textField } from './text-field.ts';

// One YAML file per venue, content/venues/<id>.yaml (the id is the file name): a red-education
// base, a cadre college with its 外训班, or an enterprise visited for 对标学习. Whether a venue is
// in a year's 外训名录 is the plan's to say (content/plans/<year>.yaml `venues`), not the venue's.
// Only public contact details: the checker refuses personal mobile and ID numbers in any field.

/** The kinds of venue, with the Chinese label members read and filter by. */
export const VENUE_KINDS = {
  'red-base': '红色教育基地',
  'cadre-college': '干部学院',
  'party-school': '党校',
  benchmark: '对标学习单位',
} as const;

export type VenueKind = keyof typeof VENUE_KINDS;

const kindIds = Object.keys(VENUE_KINDS) as [VenueKind, ...VenueKind[]];

/**
 * A public office or switchboard number (`0796-6551234`, `400-123-4567`): a unit's number, never
 * a person's mobile, which this shape cannot hold.
 */
export const PUBLIC_PHONE = /^(0\d{2,3}-\d{7,8}(-\d{1,5})?|400-?\d{3}-?\d{4})$/;

/** How to reach the venue's booking office: public details only. */
export const PublicContactSchema = z
  .object({
    /** The office that takes bookings, e.g. 培训部. */
    office: textField({ max: TEXT_LIMITS.title }),
    /** Its public landline or 400 number. */
    phone: z.string().regex(PUBLIC_PHONE).optional(),
    /** Its public website, https only. */
    website: z
      .string()
      .regex(/^https:\/\/[^\s"'<>]+$/)
      .optional(),
  })
  .strict();

/** content/venues/<id>.yaml: one venue of the 外训名录. */
export const VenueSchema = z
  .object({
    /** The venue's name as members know it, e.g. 中国井冈山干部学院. */
    name: textField({ max: TEXT_LIMITS.title }),
    kind: z.enum(kindIds),
    /** Province and city, e.g. 江西省井冈山市; the list filters by it. */
    region: textField({ max: TEXT_LIMITS.termName }),
    /** Plain postal address; no map service is asked for it. */
    address: textField({ max: 80 }),
    /** Latitude and longitude for a `geo:` link, which opens the member's own map app. */
    geo: z
      .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
      .strict()
      .optional(),
    /** What to see or learn there, one point a line. */
    highlights: z.array(textField({ max: TEXT_LIMITS.summary })).min(1),
    /** Themes of the training, e.g. 井冈山精神. */
    themes: z.array(textField({ max: TEXT_LIMITS.termName })).default([]),
    /** Member group ids (content/taxonomy/groups.yaml) the venue suits; the list filters by them. */
    groups: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).default([]),
    /** Typical length of a visit or class, in days. */
    days: z.number().positive().max(30).optional(),
    /** 学时 a typical visit or class credits. */
    hours: z.number().positive().max(200).optional(),
    /** How a branch books: lead time, group size, what to send. */
    booking: textField({ max: TEXT_LIMITS.summary }).optional(),
    contact: PublicContactSchema.optional(),
  })
  .strict();

export type Venue = z.infer<typeof VenueSchema>;
