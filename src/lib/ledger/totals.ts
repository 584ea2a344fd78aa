/**
 * Per member and per group, what the ledger adds up, and the figures of the 上报表. One
 * definition each, the same on screen, in the exports and in the benchmark:
 *
 * - 应修学时 (required): the group's `requiredHours`.
 * - 集中学时 (collective): 学时 of the distinct modules covered by sessions the member is marked
 *   出席 or 补学 at (attendance.ts), each module once.
 * - 自学学时 (self): 学时 of the modules the member's credited completion code marks as studied,
 *   leaving out modules already counted as 集中, so a module studied at a session and ticked on
 *   the phone counts once, as 集中.
 * - 合计 (total) = 集中 + 自学; 尚缺 (missing) = max(0, required − total); 达标 when missing is 0.
 * - 人数: roster rows whose 党员类别 the ledger knows (rows with another problem still count).
 * - 参学人数: members with any credited 学时 (total > 0).
 * - 人次: (member, session) pairs credited by 出席 or 补学, each session once per member.
 * - 总学时: sum of members' totals; 人均学时 = 总学时 / 人数; 达标率 = 达标人数 / 人数.
 * Rows whose 党员类别 is unknown are left out of every figure and listed apart.
 */
import { roundHours, sumHours } from '../modules/hours.ts';
import { creditAttendance } from './attendance.ts';
import type { Ledger } from './ledger-state.ts';
import type { RosterRow } from './roster-types.ts';

export interface MemberTotal {
  row: RosterRow;
  groupId: string;
  required: number;
  collective: number;
  self: number;
  total: number;
  missing: number;
  met: boolean;
  /** Sessions credited to the member: their share of 人次. */
  sessions: number;
}

export interface LedgerTotals {
  members: MemberTotal[];
  /** Rows left out because their 党员类别 is unknown to the ledger. */
  unassigned: RosterRow[];
}

type TotalsInput = Pick<Ledger, 'groups' | 'roster' | 'codes' | 'sessions' | 'attendance'>;

export function memberTotals(ledger: TotalsInput): LedgerTotals {
  const sessions = new Map(ledger.sessions.map((session) => [session.id, session]));
  const codes = new Map(ledger.codes.map((code) => [code.rowId, code]));
  const members: MemberTotal[] = [];
  const unassigned: RosterRow[] = [];
  for (const row of ledger.roster) {
    const group = row.groupId === undefined ? undefined : ledger.groups[row.groupId];
    if (!group) {
      unassigned.push(row);
      continue;
    }
    const credit = creditAttendance(ledger.attendance[row.id], sessions, group.id);
    const code = codes.get(row.id);
    const own = code?.groupId === group.id ? code.modules : [];
    const self = sumHours(own.filter((m) => !credit.modules.has(m.code)));
    const total = roundHours(credit.hours + self);
    const missing = roundHours(Math.max(0, group.requiredHours - total));
    members.push({
      row,
      groupId: group.id,
      required: group.requiredHours,
      collective: credit.hours,
      self,
      total,
      missing,
      met: missing === 0,
      sessions: credit.sessionIds.length,
    });
  }
  return { members, unassigned };
}

/** The 未完成 list: members still short of their requirement, in roster order. */
export const unfinished = (totals: LedgerTotals) => totals.members.filter((member) => !member.met);

/** One line of the 上报表. */
export interface ReportLine {
  /** Group id, 党小组, or '' for the whole branch. */
  key: string;
  label: string;
  members: number;
  participants: number;
  attendances: number;
  hours: number;
  average: number;
  met: number;
  /** 达标率 as a fraction 0–1 (0 when there are no members). */
  rate: number;
}

export function reportLine(key: string, label: string, members: readonly MemberTotal[]): ReportLine {
  const hours = sumHours(members.map((m) => ({ hours: m.total })));
  const met = members.filter((m) => m.met).length;
  return {
    key,
    label,
    members: members.length,
    participants: members.filter((m) => m.total > 0).length,
    attendances: members.reduce((sum, m) => sum + m.sessions, 0),
    hours,
    average: members.length ? roundHours(hours / members.length) : 0,
    met,
    rate: members.length ? met / members.length : 0,
  };
}

/** The 上报表: the branch, then each group in the ledger's order, then each 党小组 in roster order (blank as 未分组, last). */
export function ledgerReport(ledger: TotalsInput, totals = memberTotals(ledger)) {
  const byKey = <K extends string>(key: (m: MemberTotal) => K) => {
    const map = new Map<K, MemberTotal[]>();
    for (const member of totals.members) {
      const list = map.get(key(member));
      if (list) list.push(member);
      else map.set(key(member), [member]);
    }
    return map;
  };
  const groups = byKey((m) => m.groupId);
  const teams = byKey((m) => m.row.team);
  return {
    overall: reportLine('', '合计', totals.members),
    byGroup: Object.values(ledger.groups)
      .filter((group) => groups.has(group.id))
      .map((group) => reportLine(group.id, group.name, groups.get(group.id)!)),
    byTeam: [...teams.keys()]
      .sort((a, b) => Number(a === '') - Number(b === ''))
      .map((team) => reportLine(team, team || '未分组', teams.get(team)!)),
  };
}
