/**
 * What the sheets printed from the ledger list (`/branch/print/`): the sign-in sheet of one
 * sitting (一场一签) with the roster's names, and the subtotals under the 年度学习台账. Every 学时
 * comes from totals.ts; this only picks rows and adds up what totals.ts gave, so paper, screen
 * and exports agree.
 */
import { sumHours } from '../modules/hours.ts';
import {
  SESSION_KIND_LABELS,
  sittingsOf,
  sessionIdOf,
  type LedgerSession,
  type Sitting,
} from './sessions.ts';
import type { Ledger } from './ledger-state.ts';
import type { RosterRow } from './roster-types.ts';
import type { MemberTotal } from './totals.ts';

export interface SignInSheet {
  session: LedgerSession;
  sitting: Sitting;
  /** `主题党日` …: the session's kind in Chinese. */
  kindLabel: string;
  groupName: string;
  /** The members expected to sign, in roster order. */
  rows: RosterRow[];
}

const sameLabel = (a: string, b: string) => a.normalize('NFKC').trim() === b.normalize('NFKC').trim();

/**
 * The sign-in sheet of a sitting, or undefined when the ledger has no such sitting. Its rows are
 * the roster rows of the session's group; for one batch of a session, the rows whose 党小组/批次
 * names that batch, or every row of the group when no row names any of the session's batches
 * (batches made by count: members sign whichever batch they come to).
 */
export function signInSheet(ledger: Pick<Ledger, 'groups' | 'roster' | 'sessions'>, sittingId: string) {
  const session = ledger.sessions.find((candidate) => candidate.id === sessionIdOf(sittingId));
  const sitting = session && sittingsOf(session).find((candidate) => candidate.id === sittingId);
  if (!session || !sitting) return undefined;
  const group = ledger.roster.filter((row) => row.groupId === session.groupId);
  const batch = session.batches.find((candidate) => candidate.id === sitting.batchId);
  const assigned = group.some((row) => session.batches.some((b) => sameLabel(row.team, b.label)));
  const rows = batch && assigned ? group.filter((row) => sameLabel(row.team, batch.label)) : group;
  return {
    session,
    sitting,
    kindLabel: SESSION_KIND_LABELS[session.kind],
    groupName: ledger.groups[session.groupId]?.name ?? session.groupId,
    rows,
  } satisfies SignInSheet;
}

/** One line under the 台账: the members of a 党员类别, a 党小组, or the whole branch, added up. */
export interface LedgerSubtotal {
  label: string;
  members: number;
  collective: number;
  self: number;
  total: number;
  met: number;
}

export function ledgerSubtotal(label: string, members: readonly MemberTotal[]): LedgerSubtotal {
  const add = (pick: (member: MemberTotal) => number) => sumHours(members.map((m) => ({ hours: pick(m) })));
  return {
    label,
    members: members.length,
    collective: add((m) => m.collective),
    self: add((m) => m.self),
    total: add((m) => m.total),
    met: members.filter((m) => m.met).length,
  };
}

/** The subtotals: each 党员类别 in the ledger's order, each 党小组 (blank as 未分组, last), then 全支部. */
export function ledgerSubtotals(ledger: Pick<Ledger, 'groups'>, members: readonly MemberTotal[]) {
  const groups = Object.values(ledger.groups)
    .map((group) =>
      ledgerSubtotal(
        group.name,
        members.filter((m) => m.groupId === group.id),
      ),
    )
    .filter((line) => line.members > 0);
  const teams = [...new Set(members.map((m) => m.row.team))]
    .sort((a, b) => Number(a === '') - Number(b === ''))
    .map((team) =>
      ledgerSubtotal(
        team || '未分组',
        members.filter((m) => m.row.team === team),
      ),
    );
  return { groups, teams, overall: ledgerSubtotal('全支部', members) };
}
