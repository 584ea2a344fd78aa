/**
 * The report file (上报文件), version 2, as a zod schema: the one format every level writes. A
 * branch's ledger writes one for its branch; the rollup (/rollup/) writes one for a 二级单位 or a
 * 集团 from the files below it, so a 集团 rolls up its 二级单位 and a 国资委 its 集团s. Every level
 * carries the same summable `figures` (figures.ts adds them), the branches they cover and the
 * branches the tree expected but did not get; only a branch's own file adds its sittings, its 列席
 * entries and, when the secretary asks, the member list.
 *
 * Strict objects: a field this version does not know means another format or a newer version, and
 * is refused rather than dropped. Version 1 files (branch only) are read through `upgradeV1`.
 */
import { z } from 'astro/zod';
import { INDICATOR_IDS } from '../evaluation/levels.ts';

export const REPORT_FORMAT = 'dangjian-branch-report';
export const REPORT_VERSION = 2;

/** The levels that write report files, top-down below 国资委. */
export const REPORT_LEVELS = ['branch', 'unit', 'company'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];
export const REPORT_LEVEL_LABELS: Record<ReportLevel, string> = {
  branch: '支部',
  unit: '二级单位',
  company: '集团',
};

/** The levels a 列席 can come from: the levels above a branch. */
export const VISIT_LEVELS = ['unit', 'company', 'above'] as const;
export type VisitLevel = (typeof VISIT_LEVELS)[number];
export const VISIT_LEVEL_LABELS: Record<VisitLevel, string> = {
  unit: '二级单位党组织',
  company: '集团党委',
  above: '上级党组织',
};

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().max(max);
const hours = z.number().min(0).max(100_000_000);
const count = z.number().int().min(0).max(100_000_000);
const levels = z.tuple([count, count, count, count]);

/** 集团 → 二级单位 → 支部. A unit's file leaves `branch` empty; a 集团's leaves `unit` empty too. */
const PlaceSchema = z.object({ company: text(100), unit: text(100), branch: text(100) }).strict();

/** 集中, 自学 and 合计 学时, summed over members. */
export const HoursSchema = z.object({ concentrated: hours, selfStudy: hours, total: hours }).strict();

const GroupSchema = z
  .object({
    id: text(80),
    name: text(80),
    requiredHours: hours,
    /** Plan versions the branches kept (e.g. `2027-4F2A`) and how many branches kept each. */
    planVersions: z.array(z.object({ version: text(40), branches: count }).strict()).max(50),
    /** 人数: roster rows of this group. */
    members: count,
    /** 参学人数: members with any credited 学时. */
    participants: count,
    /** 达标人数: members who reached `requiredHours`. */
    reached: count,
    /** 人次: the sum of the group's sittings' attendances. */
    attendances: count,
    hours: HoursSchema,
  })
  .strict();

/** 列席 coverage: counts of branches, so that they add up level by level. */
const VisitsSchema = z
  .object({
    /** 专题研讨 sessions the branches held. */
    discussions: count,
    /** 列席 entries recorded. */
    entries: count,
    /** Per level: branches with at least one 列席 from that level. */
    branchesVisited: z.object({ unit: count, company: count, above: count }).strict(),
  })
  .strict();

const EvaluationSchema = z
  .object({
    module: text(40),
    levels,
    cards: count,
    indicators: z
      .object(
        Object.fromEntries(INDICATOR_IDS.map((id) => [id, levels])) as Record<
          (typeof INDICATOR_IDS)[number],
          typeof levels
        >,
      )
      .strict(),
  })
  .strict();

const SurveySchema = z
  .object({
    respondents: count,
    topics: z.array(z.object({ topic: text(40), count }).strict()).max(200),
  })
  .strict();

/** Everything that adds up: the same fields at every level. */
export const FiguresSchema = z
  .object({
    /** Branches whose reports are summed here. */
    branches: count,
    groups: z.array(GroupSchema).max(200),
    hours: HoursSchema,
    visits: VisitsSchema,
    evaluations: z.array(EvaluationSchema).max(10_000),
    survey: SurveySchema,
  })
  .strict();

/** One session, or one batch of it (分批分时), with its 人次: a branch's own file only. */
export const SittingSchema = z
  .object({
    sessionId: text(120),
    batchId: z
      .string()
      .regex(/^b\d+$/)
      .optional(),
    groupId: text(80),
    kind: z.enum(['study', 'discussion', 'theme-day']),
    date: day,
    title: text(200),
    hours,
    attendances: count,
  })
  .strict();

/** 列席: someone from a level above attended a branch's discussion. `name` only with the member list. */
const AttendeeSchema = z
  .object({
    date: day,
    sessionId: text(120).optional(),
    level: z.enum(VISIT_LEVELS),
    /** The attendee's organization, e.g. 某某公司党委. */
    unit: text(100),
    name: text(100).optional(),
  })
  .strict();

export const MemberSchema = z
  .object({
    name: text(200),
    group: text(80),
    team: text(200),
    concentrated: hours,
    selfStudy: hours,
    total: hours,
    reached: z.boolean(),
  })
  .strict();

/** Everything the digest covers: the file without `integrity`. */
export const ReportContentSchema = z
  .object({
    format: z.literal(REPORT_FORMAT),
    version: z.literal(REPORT_VERSION),
    /** ISO time the file was written. */
    createdAt: z.iso.datetime(),
    year: z.number().int().min(2000).max(2255),
    /** Who wrote the file. */
    level: z.enum(REPORT_LEVELS),
    place: PlaceSchema,
    figures: FiguresSchema,
    /** The branches summed in `figures` (a branch's file lists itself). */
    reported: z.array(PlaceSchema).max(100_000),
    /** 未报送: branches the writer's organization tree expected without a report. */
    missing: z.array(PlaceSchema).max(100_000),
    /** A branch's own file only. */
    sittings: z.array(SittingSchema).max(20_000).optional(),
    attendees: z.array(AttendeeSchema).max(10_000).optional(),
    /** A branch's own file only, when the secretary ticks 附上党员名单. */
    members: z.array(MemberSchema).max(20_000).optional(),
  })
  .strict();

export const IntegritySchema = z
  .object({ algorithm: z.literal('SHA-256'), digest: z.string().regex(/^[0-9a-f]{64}$/) })
  .strict();

export const ReportFileSchema = ReportContentSchema.extend({ integrity: IntegritySchema }).strict();

export type ReportContent = z.infer<typeof ReportContentSchema>;
export type ReportFile = z.infer<typeof ReportFileSchema>;
export type ReportPlace = z.infer<typeof PlaceSchema>;
export type ReportFigures = z.infer<typeof FiguresSchema>;
export type ReportGroup = z.infer<typeof GroupSchema>;
export type ReportVisits = z.infer<typeof VisitsSchema>;
export type ReportSitting = z.infer<typeof SittingSchema>;
export type ReportAttendee = z.infer<typeof AttendeeSchema>;
export type ReportMember = z.infer<typeof MemberSchema>;
