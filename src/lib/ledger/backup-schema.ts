/**
 * The shape of a ledger backup, version 2 (issue 18 added 列席, paper cards, the paper survey and
 * each code's phone survey answer), as a zod schema: every field a file must have, with
 * the limits the ledger itself keeps, so a file that passes can be loaded without another check.
 * Strict objects: a field the ledger does not know means the file is foreign or from a newer
 * version, and is refused rather than silently dropped.
 */
import { z } from 'astro/zod';
import { INDICATOR_IDS } from '../evaluation/levels.ts';
import { VISIT_LEVELS } from '../reports/report-schema.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().max(max);
const hours = z.number().min(0).max(10_000);
const count = z.number().int().min(0).max(100_000);
const levels = z.tuple([count, count, count, count]);

const RowSchema = z
  .object({
    id: z.string().regex(/^r\d+$/),
    line: z.number().int().min(1),
    name: text(200),
    group: text(200),
    groupId: z.string().optional(),
    number: text(200),
    team: text(200),
  })
  .strict();

const ModuleHoursSchema = z.object({ code: text(40), hours }).strict();

const CodeSchema = z
  .object({
    rowId: z.string(),
    code: z.string().regex(/^[0-9A-Z]{1,4}(-[0-9A-Z]{1,4})*$/),
    date: day,
    groupId: z.string(),
    planVersion: text(40),
    modules: z.array(ModuleHoursSchema),
    hours,
    ratings: z.record(z.string(), z.number().int().min(1).max(4)),
    survey: z.array(text(40)).max(200),
  })
  .strict();

const VisitSchema = z
  .object({
    id: z.string().regex(/^v\d+$/),
    sessionId: text(120),
    date: day,
    level: z.enum(VISIT_LEVELS),
    unit: text(100),
    name: text(100),
  })
  .strict();

const CardSchema = z
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
  .object({ respondents: count, topics: z.array(z.object({ topic: text(40), count }).strict()).max(200) })
  .strict();

const SessionSchema = z
  .object({
    id: text(120),
    groupId: z.string(),
    kind: z.enum(['study', 'discussion', 'theme-day']),
    title: text(200),
    date: day,
    modules: z.array(ModuleHoursSchema),
    hours,
    batches: z.array(z.object({ id: z.string().regex(/^b\d+$/), label: text(40) }).strict()).max(12),
  })
  .strict();

const GroupSchema = z
  .object({ id: text(80), name: text(80), requiredHours: hours, planVersion: text(40) })
  .strict();

export const LedgerSchema = z
  .object({
    branch: z.object({ name: text(100), company: text(100), unit: text(100) }).strict(),
    year: z.number().int().min(2000).max(2255),
    groups: z.record(z.string(), GroupSchema),
    roster: z.array(RowSchema).max(20_000),
    codes: z.array(CodeSchema),
    sessions: z.array(SessionSchema),
    attendance: z.record(z.string(), z.record(z.string(), z.enum(['present', 'leave', 'makeup', 'absent']))),
    visits: z.array(VisitSchema).max(10_000),
    cards: z.array(CardSchema).max(10_000),
    survey: SurveySchema,
    updatedAt: z.iso.datetime(),
  })
  .strict();

export const BACKUP_FORMAT = 'dangjian-ledger';
export const BACKUP_VERSION = 2;

const backupOf = <T extends z.ZodType>(version: number, ledger: T) =>
  z
    .object({
      format: z.literal(BACKUP_FORMAT),
      version: z.literal(version),
      /** ISO time the file was written. */
      exportedAt: z.iso.datetime(),
      ledger,
    })
    .strict();

export const BackupSchema = backupOf(BACKUP_VERSION, LedgerSchema);

/** Version 1 (issue 17): no 列席, cards or survey, and codes without a survey answer. */
export const BackupV1Schema = backupOf(
  1,
  LedgerSchema.omit({ visits: true, cards: true, survey: true }).extend({
    codes: z.array(CodeSchema.omit({ survey: true })),
  }),
);
