import type { ClassSlot, TrainingClass } from '../../schemas/class.ts';
import { isoDay } from '../platform/calendar.ts';
import { SLOT_ORDER } from './slots.ts';

/** One half-day session of a class, flattened out of its day, with where it sits in the file. */
export interface ClassSessionView {
  /** Stable within the class: `2027-04-14-am`, `-2` added when a half-day holds two sessions. */
  id: string;
  date: Date;
  slot: ClassSlot;
  title: string;
  modules: string[];
  /** The session's venue id, else the class's; undefined when neither names one. */
  venue: string | undefined;
  lecturers: string[];
  form: string | undefined;
  /** Index of the day in `days` and of the session in that day's `sessions`, for file:line. */
  dayIndex: number;
  sessionIndex: number;
}

/**
 * Every session of a class in the order it runs (by day, then 上午/下午/晚上, then file order):
 * one sign-in sheet each in the class pack, one event each in the class calendar.
 */
export function classSessions(data: Pick<TrainingClass, 'days' | 'venue'>): ClassSessionView[] {
  const sessions = data.days.flatMap((day, dayIndex) =>
    day.sessions.map((session, sessionIndex) => ({
      date: day.date,
      slot: session.slot,
      title: session.title,
      modules: session.modules ?? [],
      venue: session.venue ?? data.venue,
      lecturers: session.lecturers ?? [],
      form: session.form,
      dayIndex,
      sessionIndex,
    })),
  );
  sessions.sort(
    (a, b) =>
      a.date.getTime() - b.date.getTime() ||
      SLOT_ORDER.indexOf(a.slot) - SLOT_ORDER.indexOf(b.slot) ||
      a.dayIndex - b.dayIndex ||
      a.sessionIndex - b.sessionIndex,
  );
  const seen = new Map<string, number>();
  return sessions.map((session) => {
    const key = `${isoDay(session.date)}-${session.slot}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return { id: count === 1 ? key : `${key}-${count}`, ...session };
  });
}

/** The sessions grouped by calendar day, in order: the programme prints one table row group per day. */
export function sessionsByDay(
  sessions: readonly ClassSessionView[],
): { date: Date; sessions: ClassSessionView[] }[] {
  const days = Map.groupBy(sessions, (session) => isoDay(session.date));
  return [...days.values()].map((group) => ({ date: group[0]!.date, sessions: group }));
}

/** Every module code a class teaches, once each, in the order the sessions teach them. */
export function classModuleCodes(sessions: readonly ClassSessionView[]): string[] {
  return [...new Set(sessions.flatMap((session) => session.modules))];
}

/** One half-day of a class (a date and a slot) and the sessions it holds, usually one. */
export interface HalfDay {
  id: string;
  date: Date;
  slot: ClassSlot;
  sessions: ClassSessionView[];
}

/**
 * The half-days a class meets, in order: the class pack prints one sign-in sheet for each ("一场一
 * 签"); sessions held side by side in one half-day (groups in two rooms) share its sheet.
 */
export function classHalfDays(sessions: readonly ClassSessionView[]): HalfDay[] {
  const groups = Map.groupBy(sessions, (session) => `${isoDay(session.date)}-${session.slot}`);
  return [...groups].map(([id, group]) => ({
    id,
    date: group[0]!.date,
    slot: group[0]!.slot,
    sessions: group,
  }));
}
