/**
 * Study progress kept on the member's own device (localStorage): no account, no server.
 * Stored as { v: 1, studied: { "DX-001": "2027-03-01", … } } so the date a module was marked
 * can appear on the printed study record.
 */
import { calendarToday, isoDay } from '../lib/calendar.ts';

const KEY = 'dangjian-progress';

interface Stored {
  v: 1;
  studied: Record<string, string>;
}

function load(): Stored {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '') as Stored;
    if (parsed?.v === 1 && parsed.studied && typeof parsed.studied === 'object') return parsed;
  } catch {
    // Missing or unreadable (private mode, hand-edited): start afresh rather than fail.
  }
  return { v: 1, studied: {} };
}

/** Codes the member marked as studied, with the day each was marked. */
export function readProgress(): Map<string, string> {
  return new Map(Object.entries(load().studied));
}

export function setStudied(code: string, studied: boolean, now = new Date()): void {
  const stored = load();
  // The member's calendar day in Beijing: marking at 07:00 must not record yesterday (UTC).
  if (studied) stored.studied[code] = isoDay(calendarToday(now));
  else delete stored.studied[code];
  try {
    localStorage.setItem(KEY, JSON.stringify(stored));
  } catch {
    // Storage full or blocked: the toggle still reflects the choice for this visit.
  }
}
