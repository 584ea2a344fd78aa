import { addDays } from '../../platform/calendar.ts';
import type { ScheduleEvent } from './types.ts';

export interface CalendarOptions {
  /** Calendar name shown by phone calendar apps. */
  name: string;
  /** Domain part of event UIDs, so re-importing updates events instead of duplicating them. */
  uidDomain: string;
  /** Stable per path and cadence, e.g. `branch-secretary-quarterly`. */
  uidPrefix: string;
  /** DTSTAMP; passed in so that a rebuild of unchanged content produces the same file (see revision.ts). */
  stamp: Date;
  /**
   * SEQUENCE of every event: higher in each new version of the calendar, so that an app which
   * imported an older file replaces the sessions of the same UID instead of keeping them.
   */
  sequence: number;
  /** Page that explains the event, added as URL. */
  url?: string;
}

/**
 * An iCalendar (RFC 5545) file of all-day events. All-day dates need no time zone, so phones
 * in any zone show the session on the right day.
 */
export function toICalendar(events: readonly ScheduleEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//dangjian-curriculum//study-schedule//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...events.flatMap((event) => eventLines(event, options)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function eventLines(event: ScheduleEvent, options: CalendarOptions): string[] {
  const description = [
    ...event.modules.map((module) => `${module.code} ${module.title}（${module.hours} 学时）`),
    ...event.notes,
  ].join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:${options.uidPrefix}-${event.id}@${options.uidDomain}`,
    `DTSTAMP:${formatStamp(options.stamp)}`,
    `SEQUENCE:${options.sequence}`,
    `DTSTART;VALUE=DATE:${formatDay(event.date)}`,
    `DTEND;VALUE=DATE:${formatDay(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(options.url ? [`URL:${options.url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. Any line
 * break (CRLF, CR or LF) becomes the two characters `\n`, and other control characters, which TEXT may not hold, are
 * dropped: a title with a raw line break must not start a property such as `BEGIN:VEVENT`.
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** RFC 5545 §3.1: lines longer than 75 octets continue on the next line after a space; never split a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}

function formatStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
