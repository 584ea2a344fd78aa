/**
 * 列席记录 (issue 18): who from a level above attended one of the branch's 专题研讨. SASAC asks
 * every level's party committee to attend the discussions of at least 100 branches a year, so the
 * rollup counts, per level, the branches with at least one 列席. The ledger keeps each entry; the
 * report file carries the entries (a name only with the member list) and those counts.
 */
import type { ReportAttendee, ReportVisits, VisitLevel } from '../reports/report-schema.ts';
import type { LedgerSession } from './sessions.ts';

export interface LedgerVisit {
  /** `v1`, `v2` …: never reused in one ledger. */
  id: string;
  /** The 专题研讨 session attended (`ordinary/q2-discussion`), or '' when only a date is known. */
  sessionId: string;
  /** `YYYY-MM-DD`. */
  date: string;
  level: VisitLevel;
  /** The attendee's organization, e.g. 某某公司党委. */
  unit: string;
  /** The attendee's name, or ''; it leaves the ledger only with the member list. */
  name: string;
}

// What these functions read of a ledger, spelled out: ledger-state.ts imports LedgerVisit from here.
type Sessions = { sessions: readonly LedgerSession[] };
type Visits = { visits: readonly LedgerVisit[] };

/** The 专题研讨 sessions a 列席 can be recorded for, by date. */
export const discussionSessions = (ledger: Sessions): LedgerSession[] =>
  ledger.sessions
    .filter((session) => session.kind === 'discussion')
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

const nextId = (visits: readonly LedgerVisit[]) =>
  `v${Math.max(0, ...visits.map((visit) => Number(visit.id.slice(1)) || 0)) + 1}`;

/** The visits with `visit` added and given the next id; visits stay by date. */
export function addVisit(visits: readonly LedgerVisit[], visit: Omit<LedgerVisit, 'id'>): LedgerVisit[] {
  return [...visits, { id: nextId(visits), ...visit }].sort(
    (a, b) => a.date.localeCompare(b.date) || Number(a.id.slice(1)) - Number(b.id.slice(1)),
  );
}

export const removeVisit = (visits: readonly LedgerVisit[], id: string): LedgerVisit[] =>
  visits.filter((visit) => visit.id !== id);

/**
 * The report's 列席 figures: the branch's 专题研讨 (those of groups it has members in: a new ledger
 * carries every group of the site, and a group without members holds none), the entries, and per
 * level whether this branch was visited.
 */
export function visitFigures(
  ledger: Sessions & Visits & { roster: readonly { groupId?: string | undefined }[] },
): ReportVisits {
  const visited = (level: VisitLevel) => (ledger.visits.some((visit) => visit.level === level) ? 1 : 0);
  const groups = new Set(ledger.roster.map((row) => row.groupId));
  return {
    discussions: discussionSessions(ledger).filter((session) => groups.has(session.groupId)).length,
    entries: ledger.visits.length,
    branchesVisited: { unit: visited('unit'), company: visited('company'), above: visited('above') },
  };
}

/** The report's 列席 entries; the attendee's name only when the secretary includes names. */
export const reportAttendees = (ledger: Visits, includeNames: boolean): ReportAttendee[] =>
  ledger.visits.map((visit) => ({
    date: visit.date,
    ...(visit.sessionId ? { sessionId: visit.sessionId } : {}),
    level: visit.level,
    unit: visit.unit,
    ...(includeNames && visit.name ? { name: visit.name } : {}),
  }));

/** What is wrong with a 列席 before it is recorded or restored, in Chinese; empty when nothing. */
export function checkVisit(visit: Omit<LedgerVisit, 'id'>, ledger: Sessions & { year: number }): string[] {
  const problems: string[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(visit.date) || Number.isNaN(Date.parse(visit.date)))
    problems.push('列席日期不对，允许：年-月-日，例如 2027-04-15。');
  else if (!visit.date.startsWith(`${ledger.year}-`))
    problems.push(`列席日期 ${visit.date} 不在台账年度 ${ledger.year} 年内。`);
  if (visit.sessionId && !discussionSessions(ledger).some((session) => session.id === visit.sessionId))
    problems.push(`列席的活动 ${visit.sessionId} 不是本台账的专题研讨。`);
  if (!visit.unit.trim()) problems.push('请填写列席人所在单位，例如「某某公司党委」。');
  if (visit.unit.length > 100) problems.push('列席人所在单位太长，允许：最多 100 个字。');
  if (visit.name.length > 100) problems.push('列席人姓名太长，允许：最多 100 个字。');
  return problems;
}
