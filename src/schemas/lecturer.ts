import { z } from 'astro/zod';
import { TEXT_LIMITS, textField } from './text-field.ts';

// One YAML file per lecturer, content/lecturers/<id>.yaml (the id is the file name): who may teach,
// in which 宣讲团, on which topics. Which modules a lecturer teaches is the modules' to say (their
// `lecturer` names this id), so the list never goes out of step. No phone numbers: the checker
// refuses personal mobile and ID numbers in any field.

/** The lecture teams (五支宣讲队伍 and the party school's and organization department's teachers). */
export const LECTURER_TEAMS = {
  secretary: '基层党组织书记宣讲队',
  model: '国企楷模宣讲队',
  craftsman: '国企工匠宣讲队',
  youth: '青年代表宣讲队',
  expert: '党校和组织部师资',
} as const;

export type LecturerTeam = keyof typeof LECTURER_TEAMS;

const teamIds = Object.keys(LECTURER_TEAMS) as [LecturerTeam, ...LecturerTeam[]];

/** content/lecturers/<id>.yaml: one lecturer of the 师资库. */
export const LecturerSchema = z
  .object({
    /** The name printed on programmes; for a fictional sample, a generic one (张老师). */
    name: textField({ max: TEXT_LIMITS.termName }),
    /** Unit, e.g. 集团党校. */
    unit: textField({ max: TEXT_LIMITS.title }),
    /** Post or title, e.g. 党史教研室主任. */
    title: textField({ max: TEXT_LIMITS.title }).optional(),
    team: z.enum(teamIds),
    /** Topic ids (content/taxonomy/topics.yaml) the lecturer teaches; the list filters by them. */
    topics: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).min(1),
    /** What the lecturer is known for, in a few words each. */
    specialties: z.array(textField({ max: TEXT_LIMITS.termName })).default([]),
    /** A few sentences of public background. */
    bio: textField({ max: TEXT_LIMITS.summary }).optional(),
    /**
     * A photo in the repository, relative to this file (`./photos/<id>.jpg`); never a web address.
     * Optional.
     */
    photo: z
      .string()
      .regex(/^\.\/[a-z0-9][a-z0-9/_.-]*\.(jpe?g|png|webp)$/)
      .optional(),
  })
  .strict();

export type Lecturer = z.infer<typeof LecturerSchema>;
