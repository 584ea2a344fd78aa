/**
 * The figures a branch's report file carries, from the same totals as the screen, the exports and
 * the printed 上报表 (totals.ts): per group, per sitting and 学时. Nothing here names a person
 * except `reportMembers`, which the file includes only when the secretary asks.
 */
import { sumHours } from '../modules/hours.ts';
import { CREDITING } from './attendance.ts';
import type { Ledger } from './ledger-state.ts';
import type { ReportGroup, ReportMember, ReportSitting } from '../reports/report-schema.ts';
import { sessionIdOf, sittingsOf } from './sessions.ts';
import { reportLine, type LedgerTotals, type MemberTotal } from './totals.ts';

/** 集中, 自学 and 合计 学时 of some members. */
export function reportHours(members: readonly MemberTotal[]) {
  const sum = (pick: (m: MemberTotal) => number) => sumHours(members.map((m) => ({ hours: pick(m) })));
  return {
    concentrated: sum((m) => m.collective),
    selfStudy: sum((m) => m.self),
    total: sum((m) => m.total),
  };
}

/**
 * 人次 per sitting. A member marked 出席 or 补学 at two batches of one session is counted once,
 * at the first of them, as `creditAttendance` credits the session once; so the sittings of a
 * group add up to its 人次, and a rollup summing sittings gets the 上报表's figure.
 */
export function reportSittings(ledger: Pick<Ledger, 'sessions' | 'attendance'>, totals: LedgerTotals) {
  const sittings: ReportSitting[] = [];
  const index = new Map<string, { order: number; groupId: string; entry: ReportSitting }>();
  for (const session of ledger.sessions)
    for (const sitting of sittingsOf(session)) {
      const entry: ReportSitting = {
        sessionId: session.id,
        ...(sitting.batchId ? { batchId: sitting.batchId } : {}),
        groupId: session.groupId,
        kind: session.kind,
        date: session.date,
        title: session.title,
        hours: session.hours,
        attendances: 0,
      };
      index.set(sitting.id, { order: sittings.length, groupId: session.groupId, entry });
      sittings.push(entry);
    }
  for (const member of totals.members) {
    const first = new Map<string, { order: number; entry: ReportSitting }>();
    for (const [sittingId, mark] of Object.entries(ledger.attendance[member.row.id] ?? {})) {
      const sitting = index.get(sittingId);
      if (!CREDITING.has(mark) || sitting?.groupId !== member.groupId) continue;
      const sessionId = sessionIdOf(sittingId);
      const seen = first.get(sessionId);
      if (!seen || sitting.order < seen.order) first.set(sessionId, sitting);
    }
    for (const { entry } of first.values()) entry.attendances += 1;
  }
  return sittings;
}

/** Per group of the ledger, in its order, members or not: the rollup names what was planned. */
export function reportGroups(
  ledger: Pick<Ledger, 'groups'>,
  totals: LedgerTotals,
  sittings: readonly ReportSitting[],
): ReportGroup[] {
  return Object.values(ledger.groups).map((group) => {
    const members = totals.members.filter((m) => m.groupId === group.id);
    const line = reportLine(group.id, group.name, members);
    return {
      id: group.id,
      name: group.name,
      requiredHours: group.requiredHours,
      // One branch keeps one plan version per group; the rollup counts branches per version.
      planVersions: [{ version: group.planVersion, branches: 1 }],
      members: line.members,
      participants: line.participants,
      reached: line.met,
      attendances: sittings.filter((s) => s.groupId === group.id).reduce((n, s) => n + s.attendances, 0),
      hours: reportHours(members),
    };
  });
}

/** The member list, only when the secretary ticks 附上党员名单. */
export const reportMembers = (totals: LedgerTotals): ReportMember[] =>
  totals.members.map((m) => ({
    name: m.row.name,
    group: m.groupId,
    team: m.row.team,
    concentrated: m.collective,
    selfStudy: m.self,
    total: m.total,
    reached: m.met,
  }));
