/**
 * Study progress kept on the member's own device (localStorage): no account, no server.
 * Stored as { v: 1, studied: { "DX-001": "2027-03-01", … }, person?: { name, number },
 * ratings?: { "DX-001": 1–4 }, survey?: { topics: ["theory", …], day } } so the date a module was
 * marked can appear on the printed study record, and the completion code can name the member and
 * carry their ratings and needs survey (培训需求调研). `person`, `ratings` and `survey` were added
 * later as optional fields, so stores written before them still load.
 */
import { calendarToday, isoDay } from '../../lib/platform/calendar.ts';
import { isRating, type Rating } from '../../lib/progress/ratings.ts';

const KEY = 'dangjian-progress';

export interface Person {
  name: string;
  number: string;
}

interface Stored {
  v: 1;
  studied: Record<string, string>;
  person?: Person;
  ratings?: Record<string, number>;
  survey?: { topics: string[]; day: string };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function load(): Stored {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '') as Stored;
    if (parsed?.v === 1 && isRecord(parsed.studied)) return parsed;
  } catch {
    // Missing or unreadable (private mode, hand-edited): start afresh rather than fail.
  }
  return { v: 1, studied: {} };
}

function save(stored: Stored): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(stored));
  } catch {
    // Storage full or blocked: the page still reflects the choice for this visit.
  }
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
  save(stored);
}

/** The member's name and number as typed on the record page; empty strings when not given. */
export function readPerson(): Person {
  const person = load().person;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return { name: text(person?.name), number: text(person?.number) };
}

export function setPerson(person: Person): void {
  save({ ...load(), person: { name: person.name, number: person.number } });
}

/** The member's ratings of modules (issue 18), by module code. */
export function readRatings(): Map<string, Rating> {
  const ratings = load().ratings;
  if (!isRecord(ratings)) return new Map();
  return new Map(Object.entries(ratings).filter((entry): entry is [string, Rating] => isRating(entry[1])));
}

export function setRating(code: string, rating: Rating | undefined): void {
  const stored = load();
  const ratings = { ...(isRecord(stored.ratings) ? stored.ratings : {}) };
  if (rating) ratings[code] = rating;
  else delete ratings[code];
  save({ ...stored, ratings });
}

/** The topic ids the member ticked in the needs survey, as saved; empty when not answered. */
export function readSurvey(): string[] {
  const topics: unknown = load().survey?.topics;
  return Array.isArray(topics) ? topics.filter((topic): topic is string => typeof topic === 'string') : [];
}

/** Saves the ticked topics with the day; no topic removes the answer. */
export function setSurvey(topics: readonly string[], now = new Date()): void {
  const stored = load();
  if (topics.length) stored.survey = { topics: [...topics], day: isoDay(calendarToday(now)) };
  else delete stored.survey;
  save(stored);
}

/**
 * Adds what a completion code restores: modules already marked keep their own day, ratings
 * already given on this device are kept, and so is a survey answered here. Nothing is removed.
 */
export function mergeRestored(
  studied: readonly string[],
  ratings: ReadonlyMap<string, Rating>,
  day: Date,
  survey: readonly string[] = [],
): void {
  const stored = load();
  for (const code of studied) stored.studied[code] ??= isoDay(day);
  const kept = isRecord(stored.ratings) ? stored.ratings : {};
  save({ ...stored, ratings: { ...Object.fromEntries(ratings), ...kept } });
  if (survey.length && !readSurvey().length) setSurvey(survey, day);
}
