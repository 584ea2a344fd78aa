/**
 * The whole ledger as one plain, serialisable value: what the page keeps in IndexedDB, what the
 * backup file carries, and what every pure function here reads. Dates are `YYYY-MM-DD` strings
 * and the time stamp an ISO string, so JSON round-trips it exactly. Problems of the roster are
 * not stored: they follow from the rows and are computed again (`validateRoster`).
 */
import type { ModuleEvaluation } from '../evaluation/module-evaluation.ts';
import type { SurveyCounts } from '../evaluation/survey.ts';
import type { Attendance } from './attendance.ts';
import type { LedgerGroup } from './groups.ts';
import type { MatchedCode } from './match-codes.ts';
import type { RosterRow } from './roster-types.ts';
import type { LedgerSession } from './sessions.ts';
import type { LedgerVisit } from './visits.ts';

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
  /** 列席: who from a level above attended the branch's 专题研讨 (issue 18). */
  visits: LedgerVisit[];
  /** Paper evaluation cards (评估卡) as the secretary tallied them, one entry per module. */
  cards: ModuleEvaluation[];
  /** Paper needs-survey forms (需求调研表) as the secretary tallied them. */
  survey: SurveyCounts;
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
    visits: [],
    cards: [],
    // emptySurvey() spelled out: importing it would add a chunk to the page's first load.
    survey: { respondents: 0, topics: [] },
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
