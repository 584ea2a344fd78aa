/**
 * The shape of a branch's report file (上报文件), version 1, as a zod schema. It carries counts,
 * 学时 and rating tallies, and names only in the optional `members` list. Strict objects: a field
 * this version does not know means another format or a newer version, and is refused rather than
 * dropped. The types the ledger writes are inferred from here, so writer and reader cannot drift.
 */
import { z } from 'astro/zod';

export const REPORT_FORMAT = 'dangjian-branch-report';
export const REPORT_VERSION = 1;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().max(max);
const hours = z.number().min(0).max(100_000_000);
const count = z.number().int().min(0).max(100_000_000);

/** 集中, 自学 and 合计 学时, summed over members. */
const HoursSchema = z.object({ concentrated: hours, selfStudy: hours, total: hours }).strict();

const GroupSchema = z
  .object({
    id: text(80),
    name: text(80),
    /** The plan version the branch kept, e.g. `2027-4F2A`: the rollup names reports for an older one. */
    planVersion: text(40),
    requiredHours: hours,
    /** 人数: roster rows of this group. */
    members: count,
    /** 参学人数: members with any credited 学时. */
    participants: count,
    /** 达标人数: members who reached `requiredHours`. */
    reached: count,
    /** 人次 of the group: the sum of its sittings' attendances. */
    attendances: count,
    hours: HoursSchema,
  })
  .strict();

/** One session, or one batch of it (分批分时), with its 人次. */
const SittingSchema = z
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
    /** 人次: members credited (出席 or 补学) at this sitting, each member once per session. */
    attendances: count,
  })
  .strict();

/** 列席: someone from the level above attended a discussion. */
const AttendeeSchema = z
  .object({
    date: day,
    sessionId: text(120).optional(),
    name: text(100).optional(),
    /** The level the attendee came from, e.g. 二级单位, 集团. */
    level: text(40),
    unit: text(100),
  })
  .strict();

/** Ratings of one module, counted per level (1 很满意 … 4 不满意), never per person. */
const EvaluationSchema = z
  .object({ module: text(40), count, levels: z.tuple([count, count, count, count]) })
  .strict();

const MemberSchema = z
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
    /** 集团 → 二级单位 → 支部. */
    branch: z.object({ name: text(100), unit: text(100), company: text(100) }).strict(),
    year: z.number().int().min(2000).max(2255),
    groups: z.array(GroupSchema).max(200),
    sittings: z.array(SittingSchema).max(20_000),
    hours: HoursSchema,
    attendees: z.array(AttendeeSchema).max(10_000),
    evaluations: z.array(EvaluationSchema).max(10_000),
    /** Only when the secretary ticks 附上党员名单. */
    members: z.array(MemberSchema).max(20_000).optional(),
  })
  .strict();

export const IntegritySchema = z
  .object({ algorithm: z.literal('SHA-256'), digest: z.string().regex(/^[0-9a-f]{64}$/) })
  .strict();

export const ReportFileSchema = ReportContentSchema.extend({ integrity: IntegritySchema }).strict();

export type ReportContent = z.infer<typeof ReportContentSchema>;
export type ReportFile = z.infer<typeof ReportFileSchema>;
export type ReportGroup = z.infer<typeof GroupSchema>;
export type ReportSitting = z.infer<typeof SittingSchema>;
export type ReportAttendee = z.infer<typeof AttendeeSchema>;
export type ReportEvaluation = z.infer<typeof EvaluationSchema>;
export type ReportMember = z.infer<typeof MemberSchema>;
