import { execFileSync } from 'node:child_process';

/**
 * The revision of a build's calendar files: DTSTAMP and SEQUENCE of every event. Both come from
 * the date of the source the site is built from, not from the clock, because the site must be
 * byte-identical when built twice from one checkout (sharded pack builds are compared with a
 * one-go build): `SOURCE_DATE_EPOCH` when the builder sets it (the reproducible-builds
 * convention), else the last commit's date. Any change to a plan, the settings or the holiday
 * file is a new commit, so a later date: SEQUENCE grows with every published plan version, and a
 * calendar app that imported the old .ics replaces each session (same UID) with the new one.
 */
export interface CalendarRevision {
  /** DTSTAMP: when this version of the calendar was made; never later than the build. */
  stamp: Date;
  /** SEQUENCE: whole minutes since 1970 of `stamp`, so it only grows and fits iCalendar's integer. */
  sequence: number;
}

export function calendarRevision(sourceDate: Date): CalendarRevision {
  const stamp = new Date(Math.floor(sourceDate.getTime() / 1000) * 1000);
  return { stamp, sequence: Math.floor(stamp.getTime() / 60_000) };
}

let cached: Date | undefined;

/**
 * The source date of this build, read once. Without Git or the variable (a copied folder) it is
 * the time of the first call, so one build still stamps every file alike.
 */
export function readSourceDate(root = process.cwd(), env = process.env): Date {
  if (cached) return cached;
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isInteger(epoch)) return (cached = new Date(epoch * 1000));
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    if (/^\d+$/.test(seconds)) return (cached = new Date(Number(seconds) * 1000));
  } catch {
    // Not a Git checkout: fall through to the clock.
  }
  return (cached = new Date());
}
