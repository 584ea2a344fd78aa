/**
 * Adding report figures (report-schema.ts `figures`): the one operation the rollup does at every
 * level. Every field is a count or a 学时 sum, lists are merged by key and kept in key order, and
 * 学时 pass through `roundHours` after each addition, so the sum is associative and commutative:
 * 支部 → 二级单位 → 集团 in stages gives exactly the figures of all branches at once (tested).
 */
import { addModuleEvaluations } from '../evaluation/module-evaluation.ts';
import { addSurveys, emptySurvey } from '../evaluation/survey.ts';
import { roundHours } from '../modules/hours.ts';
import type { ReportFigures, ReportGroup } from './report-schema.ts';

type Hours = ReportFigures['hours'];

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

export const emptyHours = (): Hours => ({ concentrated: 0, selfStudy: 0, total: 0 });

export const addHours = (a: Hours, b: Hours): Hours => ({
  concentrated: roundHours(a.concentrated + b.concentrated),
  selfStudy: roundHours(a.selfStudy + b.selfStudy),
  total: roundHours(a.total + b.total),
});

export function emptyFigures(): ReportFigures {
  return {
    branches: 0,
    groups: [],
    hours: emptyHours(),
    visits: { discussions: 0, entries: 0, branchesVisited: { unit: 0, company: 0, above: 0 } },
    evaluations: [],
    survey: emptySurvey(),
  };
}

function addGroups(a: ReportGroup, b: ReportGroup): ReportGroup {
  const versions = new Map(a.planVersions.map((v) => [v.version, v.branches]));
  for (const v of b.planVersions) versions.set(v.version, (versions.get(v.version) ?? 0) + v.branches);
  return {
    id: a.id,
    name: a.name,
    // One plan names one requirement per group; the larger wins if two plan versions differ.
    requiredHours: Math.max(a.requiredHours, b.requiredHours),
    planVersions: [...versions]
      .map(([version, branches]) => ({ version, branches }))
      .sort(byKey((v) => v.version)),
    members: a.members + b.members,
    participants: a.participants + b.participants,
    reached: a.reached + b.reached,
    attendances: a.attendances + b.attendances,
    hours: addHours(a.hours, b.hours),
  };
}

/** A group line with nothing counted yet: the start of a sum. */
const zeroGroup = (group: ReportGroup): ReportGroup => ({
  ...group,
  planVersions: [],
  members: 0,
  participants: 0,
  reached: 0,
  attendances: 0,
  hours: emptyHours(),
});

/** The sum of any number of figures; `addFigures()` is `emptyFigures()`. */
export function addFigures(...all: readonly ReportFigures[]): ReportFigures {
  const groups = new Map<string, ReportGroup>();
  let sum = emptyFigures();
  for (const figures of all) {
    for (const group of figures.groups)
      groups.set(group.id, addGroups(groups.get(group.id) ?? zeroGroup(group), group));
    const v = figures.visits;
    sum = {
      ...sum,
      branches: sum.branches + figures.branches,
      hours: addHours(sum.hours, figures.hours),
      visits: {
        discussions: sum.visits.discussions + v.discussions,
        entries: sum.visits.entries + v.entries,
        branchesVisited: {
          unit: sum.visits.branchesVisited.unit + v.branchesVisited.unit,
          company: sum.visits.branchesVisited.company + v.branchesVisited.company,
          above: sum.visits.branchesVisited.above + v.branchesVisited.above,
        },
      },
      evaluations: addModuleEvaluations(sum.evaluations, figures.evaluations),
      survey: addSurveys(sum.survey, figures.survey),
    };
  }
  return { ...sum, groups: [...groups.values()].sort(byKey((g) => g.id)) };
}
