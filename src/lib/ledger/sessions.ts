/**
 * The year's sessions (一场一签) for one group of the ledger, taken from the plan's schedule: the
 * quarterly concentrated study and discussion, and the twelve monthly 主题党日, each with the
 * modules it covers and their 学时. A session may be held in batches (分批分时) for shift workers;
 * every batch is a sitting with its own sign-in sheet, and the session is still credited once.
 * The schedule events come in as plain data (the page embeds `createPlanSchedule`'s output), so
 * this runs in the browser without the content.
 */
import { isoDay } from '../platform/calendar.ts';
import { sumHours } from '../modules/hours.ts';

export type SessionKind = 'study' | 'discussion' | 'theme-day';

export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  study: '集中学习',
  discussion: '专题研讨',
  'theme-day': '主题党日',
};

/** A schedule event as the page receives it (a `ScheduleEvent` of either cadence). */
export interface ScheduleInput {
  id: string;
  date: Date | string;
  kind: SessionKind;
  title: string;
  modules: readonly { code: string; hours: number }[];
}

export interface Batch {
  /** `b1`, `b2` …: part of the sitting id, so renaming a batch keeps its marks. */
  id: string;
  label: string;
}

export interface LedgerSession {
  /** `<group id>/<event id>`, e.g. `ordinary/q1-study`. */
  id: string;
  groupId: string;
  kind: SessionKind;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  modules: { code: string; hours: number }[];
  /** The session's 学时: its modules' 学时. */
  hours: number;
  /** Empty when the session is held once for everyone. */
  batches: Batch[];
}

/** One sign-in sheet: a session, or one batch of it. */
export interface Sitting {
  /** `<session id>` or `<session id>@<batch id>`: what attendance marks are keyed by. */
  id: string;
  sessionId: string;
  batchId: string | undefined;
  label: string;
}

export function createLedgerSessions(groupId: string, events: readonly ScheduleInput[]): LedgerSession[] {
  return events.map((event) => {
    const modules = event.modules.map(({ code, hours }) => ({ code, hours }));
    return {
      id: `${groupId}/${event.id}`,
      groupId,
      kind: event.kind,
      title: event.title,
      date: typeof event.date === 'string' ? event.date : isoDay(event.date),
      modules,
      hours: sumHours(modules),
      batches: [],
    };
  });
}

/** The most batches a session is split into; more is a slip of the keyboard. */
export const MAX_BATCHES = 12;

/**
 * Batches from what the secretary typed: a count (`3` gives 第 1 批 … 第 3 批) or names. Returns
 * a problem in Chinese instead when neither fits; 1 or no names means no batches.
 */
export function readBatches(spec: number | readonly string[]): { batches: Batch[] } | { problem: string } {
  const labels =
    typeof spec === 'number'
      ? Number.isInteger(spec) && spec >= 1 && spec <= MAX_BATCHES
        ? Array.from({ length: spec }, (_, i) => `第 ${i + 1} 批`)
        : undefined
      : spec.map((name) => name.trim()).filter(Boolean);
  if (!labels || labels.length > MAX_BATCHES)
    return { problem: `批次数不对，允许：1–${MAX_BATCHES} 批，或不超过 ${MAX_BATCHES} 个批次名称` };
  if (new Set(labels).size !== labels.length)
    return { problem: '批次名称有重复，允许：每个批次一个不同的名称' };
  const batches = labels.length > 1 ? labels.map((label, i) => ({ id: `b${i + 1}`, label })) : [];
  return { batches };
}

/** The sessions with `batches` set on those `pick` selects (all by default). */
export function withBatches(
  sessions: readonly LedgerSession[],
  batches: readonly Batch[],
  pick: (session: LedgerSession) => boolean = () => true,
): LedgerSession[] {
  return sessions.map((session) => (pick(session) ? { ...session, batches: [...batches] } : session));
}

export function sittingsOf(session: LedgerSession): Sitting[] {
  if (session.batches.length === 0)
    return [{ id: session.id, sessionId: session.id, batchId: undefined, label: session.title }];
  return session.batches.map((batch) => ({
    id: `${session.id}@${batch.id}`,
    sessionId: session.id,
    batchId: batch.id,
    label: `${session.title}（${batch.label}）`,
  }));
}

/** The session a sitting id belongs to. */
export const sessionIdOf = (sittingId: string) => sittingId.split('@')[0]!;
