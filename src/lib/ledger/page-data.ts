/**
 * What the ledger page (`/branch/`) fetches once and keeps offline: the plan year, every group
 * with its requirement and current plan version, each group's sessions of the year, and the
 * published plans `verifyCode` reads codes against. The browser has neither the content nor the
 * settings nor the holiday calendar, so the build computes all of it (`branch/data.json`) and the
 * page only reads it. Nothing in it is about people.
 */
import type { PublishedPath } from '../progress/published-types.ts';
import type { LedgerGroupPlan, BranchPlace, Ledger } from './ledger-state.ts';
import { createLedger } from './ledger-state.ts';
import { createLedgerSessions, type ScheduleInput } from './sessions.ts';
import type { SurveyTopic } from './survey-forms.ts';

/** One group as the page offers it: the ledger's group and that group's sessions of the year. */
export interface LedgerPageGroup extends LedgerGroupPlan {
  /** Both cadences of the plan's schedule, by date; dates as `YYYY-MM-DD`. */
  sessions: ScheduleInput[];
}

export interface LedgerPageData {
  /** The plan year the site publishes now: a new ledger keeps this year. */
  year: number;
  groups: LedgerPageGroup[];
  /** Group id → what that group's path.json serves. */
  paths: Record<string, PublishedPath>;
  /** The topics a needs survey offers (content/taxonomy/topics.yaml, in that file's order). */
  topics: SurveyTopic[];
  /** The 满意率 line the 培训评估汇总 marks modules against (settings: evaluation.satisfactionLine). */
  satisfactionLine: number;
}

/** A group's plan as the build resolves it, reduced to what the page needs. */
export interface LedgerPageInput {
  group: { id: string; name: string; requiredHours: number };
  /** The plan version, e.g. `2027-4F2A`. */
  version: string;
  /** The schedule events of every cadence (`createPlanSchedule`), in any order. */
  events: readonly {
    id: string;
    date: Date;
    kind: ScheduleInput['kind'];
    title: string;
    modules: readonly { code: string; hours: number }[];
  }[];
  path: PublishedPath;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export function createLedgerPageData(
  year: number,
  plans: readonly LedgerPageInput[],
  // The build passes settings.evaluation; no default here keeps levels.ts out of the page's first load.
  evaluation: { topics: readonly SurveyTopic[]; satisfactionLine: number },
): LedgerPageData {
  return {
    year,
    groups: plans.map(({ group, version, events }) => ({
      id: group.id,
      name: group.name,
      requiredHours: group.requiredHours,
      planVersion: version,
      // Only what a session credits: titles of modules stay on the path page.
      sessions: [...events]
        .sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id))
        .map((event) => ({
          id: event.id,
          date: day(event.date),
          kind: event.kind,
          title: event.title,
          modules: event.modules.map(({ code, hours }) => ({ code, hours })),
        })),
    })),
    paths: Object.fromEntries(plans.map(({ group, path }) => [group.id, path])),
    topics: evaluation.topics.map(({ id, name }) => ({ id, name })),
    satisfactionLine: evaluation.satisfactionLine,
  };
}

/** A new, empty ledger for `branch`: every group of the page with all its sessions of the year. */
export function createLedgerFromPageData(data: LedgerPageData, branch: BranchPlace, now?: Date): Ledger {
  const groups = data.groups.map(({ id, name, requiredHours, planVersion }) => ({
    id,
    name,
    requiredHours,
    planVersion,
  }));
  return {
    ...createLedger(branch, data.year, groups, now),
    sessions: data.groups.flatMap((group) => createLedgerSessions(group.id, group.sessions)),
  };
}
