/**
 * Version 1 of the report file (issue 17): one branch, flat. Kept so a file a branch exported
 * before version 2 still verifies against its own digest and rolls up; `upgradeV1` reads it as a
 * version 2 branch file. Nothing writes version 1 any more.
 */
import { z } from 'astro/zod';
import { emptyModuleEvaluation } from '../evaluation/module-evaluation.ts';
import { emptySurvey } from '../evaluation/survey.ts';
import {
  HoursSchema,
  IntegritySchema,
  MemberSchema,
  SittingSchema,
  REPORT_FORMAT,
  REPORT_VERSION,
  type ReportContent,
  type VisitLevel,
} from './report-schema.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().max(max);
const hours = z.number().min(0).max(100_000_000);
const count = z.number().int().min(0).max(100_000_000);

const ContentV1Schema = z
  .object({
    format: z.literal(REPORT_FORMAT),
    version: z.literal(1),
    createdAt: z.iso.datetime(),
    branch: z.object({ name: text(100), unit: text(100), company: text(100) }).strict(),
    year: z.number().int().min(2000).max(2255),
    groups: z
      .array(
        z
          .object({
            id: text(80),
            name: text(80),
            planVersion: text(40),
            requiredHours: hours,
            members: count,
            participants: count,
            reached: count,
            attendances: count,
            hours: HoursSchema,
          })
          .strict(),
      )
      .max(200),
    sittings: z.array(SittingSchema).max(20_000),
    hours: HoursSchema,
    attendees: z
      .array(
        z
          .object({
            date: day,
            sessionId: text(120).optional(),
            name: text(100).optional(),
            level: text(40),
            unit: text(100),
          })
          .strict(),
      )
      .max(10_000),
    evaluations: z
      .array(z.object({ module: text(40), count, levels: z.tuple([count, count, count, count]) }).strict())
      .max(10_000),
    members: z.array(MemberSchema).max(20_000).optional(),
  })
  .strict();

export const ReportFileV1Schema = ContentV1Schema.extend({ integrity: IntegritySchema }).strict();
type ContentV1 = z.infer<typeof ContentV1Schema>;

/** Version 1 wrote the level as free text; these were the spellings the guide used. */
function visitLevel(text: string): VisitLevel {
  if (text.includes('二级')) return 'unit';
  if (text.includes('集团')) return 'company';
  return 'above';
}

export function upgradeV1(v1: ContentV1): ReportContent {
  const place = { company: v1.branch.company, unit: v1.branch.unit, branch: v1.branch.name };
  const attendees = v1.attendees.map(({ level, ...rest }) => ({ ...rest, level: visitLevel(level) }));
  const staffed = new Set(v1.groups.filter((group) => group.members > 0).map((group) => group.id));
  const visited = (level: VisitLevel) => (attendees.some((a) => a.level === level) ? 1 : 0);
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    createdAt: v1.createdAt,
    year: v1.year,
    level: 'branch',
    place,
    figures: {
      branches: 1,
      groups: v1.groups.map(({ planVersion, ...group }) => ({
        ...group,
        planVersions: [{ version: planVersion, branches: 1 }],
      })),
      hours: v1.hours,
      visits: {
        // As a version 2 branch file counts them: only groups with members on the roster.
        discussions: new Set(
          v1.sittings
            .filter((s) => s.kind === 'discussion' && staffed.has(s.groupId))
            .map((s) => s.sessionId),
        ).size,
        entries: attendees.length,
        branchesVisited: { unit: visited('unit'), company: visited('company'), above: visited('above') },
      },
      evaluations: v1.evaluations.map(({ module, levels }) => ({ ...emptyModuleEvaluation(module), levels })),
      survey: emptySurvey(),
    },
    reported: [place],
    missing: [],
    sittings: v1.sittings,
    attendees,
    ...(v1.members ? { members: v1.members } : {}),
  };
}
