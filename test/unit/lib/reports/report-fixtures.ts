/** Small hand-made report contents for the reports domain's tests. */
import { emptyModuleEvaluation } from '../../../../src/lib/evaluation/module-evaluation.ts';
import type { ReportContent, ReportFigures, ReportPlace } from '../../../../src/lib/reports/report-schema.ts';

export const place = (unit: string, branch: string): ReportPlace => ({ company: '某能源集团', unit, branch });

/** A branch's figures from a few numbers, so a test can sum them by hand. */
export function branchFigures(members: number, hours: number, version = '2027-4F2A'): ReportFigures {
  return {
    branches: 1,
    groups: [
      {
        id: 'ordinary',
        name: '普通党员',
        requiredHours: 32,
        planVersions: [{ version, branches: 1 }],
        members,
        participants: members - 1,
        reached: members - 2,
        attendances: members * 3,
        hours: { concentrated: hours, selfStudy: 0.5, total: hours + 0.5 },
      },
    ],
    hours: { concentrated: hours, selfStudy: 0.5, total: hours + 0.5 },
    visits: { discussions: 4, entries: 1, branchesVisited: { unit: 1, company: 0, above: 0 } },
    evaluations: [{ ...emptyModuleEvaluation('LL-001'), levels: [members, 1, 0, 1] }],
    survey: { respondents: members, topics: [{ topic: 'theory', count: 2 }] },
  };
}

export function branchReport(unit: string, branch: string, members = 10, hours = 100.1): ReportContent {
  return {
    format: 'dangjian-branch-report',
    version: 2,
    createdAt: '2027-12-20T08:00:00.000Z',
    year: 2027,
    level: 'branch',
    place: place(unit, branch),
    figures: branchFigures(members, hours),
    reported: [place(unit, branch)],
    missing: [],
    sittings: [],
    attendees: [{ date: '2027-03-18', level: 'unit', unit: '某分公司党委' }],
  };
}
