/**
 * What the rollup page (`/rollup/`) fetches once and keeps offline (`rollup/data.json`): the
 * plan year, each group's current plan version (to spot reports made for an older one), the
 * taxonomy topics with how many of the year's planned modules cover each (the survey is shown
 * beside the plan), module titles for the evaluation table, the 列席 targets and the 满意率 line.
 * Computed by the build from the content and settings; nothing in it is about people.
 */
import type { VisitTargets } from './visits.ts';

export interface RollupPageData {
  year: number;
  groups: { id: string; name: string; requiredHours: number; planVersion: string }[];
  /** In topics.yaml order. */
  topics: { id: string; name: string; plannedModules: number }[];
  /** Module code → title, for the modules members can study. */
  modules: Record<string, string>;
  visitTargets: VisitTargets;
  satisfactionLine: number;
}

export interface RollupPageInput {
  year: number;
  plans: readonly {
    group: { id: string; name: string };
    targetHours: number;
    version: string;
    /** The plan's required modules (必修), with their topic. */
    modules: readonly { code: string; topic: string }[];
  }[];
  topics: readonly { id: string; name: string }[];
  modules: readonly { code: string; title: string }[];
  visitTargets: VisitTargets;
  satisfactionLine: number;
}

export function createRollupPageData(input: RollupPageInput): RollupPageData {
  const planned = new Map<string, Set<string>>();
  for (const plan of input.plans)
    for (const { code, topic } of plan.modules) {
      if (!planned.has(topic)) planned.set(topic, new Set());
      planned.get(topic)!.add(code);
    }
  return {
    year: input.year,
    groups: input.plans.map((plan) => ({
      id: plan.group.id,
      name: plan.group.name,
      requiredHours: plan.targetHours,
      planVersion: plan.version,
    })),
    topics: input.topics.map(({ id, name }) => ({ id, name, plannedModules: planned.get(id)?.size ?? 0 })),
    modules: Object.fromEntries(input.modules.map(({ code, title }) => [code, title])),
    visitTargets: input.visitTargets,
    satisfactionLine: input.satisfactionLine,
  };
}

/** Group id → current plan version, for the scope's year only (other years cannot be compared). */
export function currentVersions(data: RollupPageData, year: number): Record<string, string> {
  return year === data.year ? Object.fromEntries(data.groups.map((g) => [g.id, g.planVersion])) : {};
}
