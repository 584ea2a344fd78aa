/**
 * The whole ledger as one plain, serialisable value: what the page keeps in IndexedDB, what the
 * backup file carries, and what every pure function here reads. Dates are `YYYY-MM-DD` strings
 * and the time stamp an ISO string, so JSON round-trips it exactly. Problems of the roster are
 * not stored: they follow from the rows and are computed again (`validateRoster`).
 */
import type { Attendance } from './attendance.ts';
import type { LedgerGroup } from './groups.ts';
import type { MatchedCode } from './match-codes.ts';
import type { RosterRow } from './roster-types.ts';
import type { LedgerSession } from './sessions.ts';

/** Where the branch sits: 集团 → 二级单位 → 支部. */
export interface BranchPlace {
  /** The branch (支部) name. */
  name: string;
  /** 集团 (the enterprise group). */
  company: string;
  /** 二级单位 (the unit between the group and the branch). */
  unit: string;
}

/** A group the branch has members in: its requirement and the plan version the ledger follows. */
export interface LedgerGroupPlan extends LedgerGroup {
  /** The plan version of the ledger year, e.g. `2027-4F2A` (path.json `current`). */
  planVersion: string;
}

export interface Ledger {
  branch: BranchPlace;
  year: number;
  /** Group id → the group as the ledger was set up with it. */
  groups: Record<string, LedgerGroupPlan>;
  roster: RosterRow[];
  /** One credited code per row at most. */
  codes: MatchedCode[];
  sessions: LedgerSession[];
  attendance: Attendance;
  /** ISO time of the last change. */
  updatedAt: string;
}

export function createLedger(
  branch: BranchPlace,
  year: number,
  groups: readonly LedgerGroupPlan[],
  now: Date = new Date(),
): Ledger {
  return {
    branch: { ...branch },
    year,
    groups: Object.fromEntries(groups.map((group) => [group.id, { ...group }])),
    roster: [],
    codes: [],
    sessions: [],
    attendance: {},
    updatedAt: now.toISOString(),
  };
}

/** The ledger with `change` applied and its time stamp moved on: every saved change goes through here. */
export function changeLedger(
  ledger: Ledger,
  change: Partial<Omit<Ledger, 'updatedAt'>>,
  now = new Date(),
): Ledger {
  return { ...ledger, ...change, updatedAt: now.toISOString() };
}

/**
 * The ledger with rows that are gone from the roster pruned from codes and attendance, so that
 * removing a member removes their 学时 too and a later row never inherits them.
 */
export function pruneRemovedRows(ledger: Ledger): Ledger {
  const ids = new Set(ledger.roster.map((row) => row.id));
  const attendance = Object.fromEntries(Object.entries(ledger.attendance).filter(([id]) => ids.has(id)));
  return { ...ledger, codes: ledger.codes.filter((code) => ids.has(code.rowId)), attendance };
}

/** The groups as the roster and match functions take them. */
export const ledgerGroups = (ledger: Pick<Ledger, 'groups'>): LedgerGroup[] => Object.values(ledger.groups);
