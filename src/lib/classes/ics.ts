import type { TrainingClass } from '../../schemas/class.ts';
import { escapeText, foldLine } from '../plans/schedule/ics.ts';
import { classSessions } from './sessions.ts';
import { slotInstant } from './slots.ts';

export interface ClassCalendarOptions {
  /** The class id: the UIDs' prefix, so re-importing a changed class updates its events. */
  id: string;
  /** Domain part of event UIDs. */
  uidDomain: string;
  /** DTSTAMP and SEQUENCE, from the build's source date (plans/schedule/revision.ts says why). */
  stamp: Date;
  sequence: number;
  /** The class's page, added as URL. */
  url?: string;
  /** Venue id → what the LOCATION line says (name and address); ids left out print as they are. */
  locationOf?: (venueId: string) => string;
  /** Lecturer id → name; free-text lecturers print as written. */
  lecturerName?: (lecturer: string) => string;
}

/**
 * The class calendar (RFC 5545): one timed event per half-day session, in UTC so that no time-zone
 * table is needed; Beijing has no daylight saving, so the slot times convert by a fixed offset.
 * Built like the plan schedule's .ics (same escaping and folding, same revision stamp).
 */
export function toClassCalendar(data: TrainingClass, options: ClassCalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//dangjian-curriculum//training-class//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(data.name)}`,
    ...classSessions(data).flatMap((session) => {
      const lecturers = session.lecturers.map((lecturer) => options.lecturerName?.(lecturer) ?? lecturer);
      const description = [
        ...(session.form ? [`形式：${session.form}`] : []),
        ...(session.modules.length ? [`课程：${session.modules.join('、')}`] : []),
        ...(lecturers.length ? [`授课人：${lecturers.join('、')}`] : []),
      ].join('\n');
      const location = session.venue ? (options.locationOf?.(session.venue) ?? session.venue) : undefined;
      return [
        'BEGIN:VEVENT',
        `UID:class-${options.id}-${session.id}@${options.uidDomain}`,
        `DTSTAMP:${formatInstant(options.stamp)}`,
        `SEQUENCE:${options.sequence}`,
        `DTSTART:${formatInstant(slotInstant(session.date, session.slot, 'start'))}`,
        `DTEND:${formatInstant(slotInstant(session.date, session.slot, 'end'))}`,
        `SUMMARY:${escapeText(`${data.name}：${session.title}`)}`,
        ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
        ...(location ? [`LOCATION:${escapeText(location)}`] : []),
        ...(options.url ? [`URL:${options.url}`] : []),
        'END:VEVENT',
      ];
    }),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function formatInstant(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
