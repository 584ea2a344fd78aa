/**
 * Attendance, 一场一签: one mark per member and sitting (a session, or one batch of it). 出席 and
 * 补学 credit the session's modules as 集中学习; 请假 and 缺席 credit nothing but are recorded,
 * because the sheet asks for them. A session is credited once per member however many of its
 * sittings are marked, and a module once however many sessions cover it (the quarterly study, its
 * discussion and a 主题党日 may cover the same module), so no 学时 is ever counted twice.
 */
import { sumHours } from '../modules/hours.ts';
import { sessionIdOf, type LedgerSession } from './sessions.ts';

export type Mark = 'present' | 'leave' | 'makeup' | 'absent';

export const MARK_LABELS: Record<Mark, string> = {
  present: '出席',
  leave: '请假',
  makeup: '补学',
  absent: '缺席',
};

/** Marks that credit the session's 学时. */
export const CREDITING: ReadonlySet<Mark> = new Set<Mark>(['present', 'makeup']);

/** Row id → sitting id → mark. Rows and sittings without a mark are absent. */
export type Attendance = Record<string, Record<string, Mark>>;

/** Sets (or, with undefined, clears) the marks of `rowIds` at one sitting; returns a new record. */
export function setMarks(
  attendance: Attendance,
  rowIds: readonly string[],
  sittingId: string,
  mark: Mark | undefined,
): Attendance {
  const next = { ...attendance };
  for (const rowId of rowIds) {
    const marks = { ...next[rowId] };
    if (mark) marks[sittingId] = mark;
    else delete marks[sittingId];
    if (Object.keys(marks).length) next[rowId] = marks;
    else delete next[rowId];
  }
  return next;
}

export interface AttendanceCredit {
  /** Sessions credited (出席 or 补学 at any of their sittings), once each. */
  sessionIds: string[];
  /** The distinct modules those sessions cover, with their 学时. */
  modules: Map<string, number>;
  /** 集中学习 学时: the sum over `modules`. */
  hours: number;
}

/** What one member's marks credit, against the ledger's sessions of the member's group. */
export function creditAttendance(
  marks: Readonly<Record<string, Mark>> | undefined,
  sessions: ReadonlyMap<string, LedgerSession>,
  groupId: string,
): AttendanceCredit {
  const sessionIds = new Set<string>();
  for (const [sittingId, mark] of Object.entries(marks ?? {})) {
    const id = sessionIdOf(sittingId);
    if (CREDITING.has(mark) && sessions.get(id)?.groupId === groupId) sessionIds.add(id);
  }
  const modules = new Map<string, number>();
  for (const id of sessionIds) for (const m of sessions.get(id)!.modules) modules.set(m.code, m.hours);
  return {
    sessionIds: [...sessionIds],
    modules,
    hours: sumHours([...modules.values()].map((hours) => ({ hours }))),
  };
}
