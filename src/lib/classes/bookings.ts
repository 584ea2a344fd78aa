import type { TrainingClass } from '../../schemas/class.ts';
import { isoDay } from '../platform/calendar.ts';
import { classSessions, type ClassSessionView } from './sessions.ts';

/** A lecturer named in two sessions of one class that run in the same half-day. */
export interface DoubleBooking {
  /** The lecturer id or name, as both sessions write it. */
  lecturer: string;
  /** The session that came first in the programme. */
  first: ClassSessionView;
  /** The later session that books the lecturer again, and where its lecturer is in the file. */
  second: ClassSessionView;
  lecturerIndex: number;
}

/**
 * Lecturers booked twice at once in one class: two sessions of the same day and slot (上午, 下午,
 * 晚上) that both name them. One person cannot teach two groups or two places at the same time,
 * whatever the venues are, so the venue is not compared. Each later session is reported once per
 * lecturer, against the first session that booked them.
 */
export function findDoubleBookings(data: Pick<TrainingClass, 'days' | 'venue'>): DoubleBooking[] {
  const firstBooking = new Map<string, ClassSessionView>();
  const bookings: DoubleBooking[] = [];
  for (const session of classSessions(data)) {
    session.lecturers.forEach((lecturer, lecturerIndex) => {
      const key = `${isoDay(session.date)} ${session.slot} ${lecturer.trim()}`;
      const first = firstBooking.get(key);
      if (!first) firstBooking.set(key, session);
      else if (first !== session) bookings.push({ lecturer, first, second: session, lecturerIndex });
    });
  }
  return bookings;
}
