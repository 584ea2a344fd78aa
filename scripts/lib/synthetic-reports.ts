/**
 * Synthetic branch report files (上报文件, version 2, signed) with a known truth, for the rollup's
 * tests and `bench:rollup`: one 集团 of 二级单位 with about 10 branches each, about 100 members a
 * branch, some branches on an older plan version, some with 列席, ratings, cards and a survey.
 * Every figure is drawn per member and summed here in plain integers and half-hours (exact in
 * floating point), so the truth is an independent sum, not the rollup's `addFigures`. The tree
 * lists a few branches more than the reports, so 未报送 is never empty.
 */
import { addLevels, INDICATOR_IDS, noLevels, type Levels } from '../../src/lib/evaluation/levels.ts';
import type { ModuleEvaluation } from '../../src/lib/evaluation/module-evaluation.ts';
import { signReport } from '../../src/lib/reports/report-file.ts';
import type { ReportFile, ReportFigures, ReportPlace } from '../../src/lib/reports/report-schema.ts';
import { createRandom, type Random } from './prng.ts';

export interface SynthGroup {
  id: string;
  name: string;
  requiredHours: number;
}

export interface SynthReportOptions {
  count: number;
  seed?: number;
  year?: number;
  company?: string;
  groups?: readonly SynthGroup[];
  topics?: readonly string[];
  /** Group id → current plan version; `<year>-SYN1` when left out (older: `<year>-SYN0`). */
  versions?: Readonly<Record<string, string>>;
  branchesPerUnit?: number;
}

export interface SynthTruth {
  year: number;
  company: string;
  branches: number;
  members: number;
  participants: number;
  reached: number;
  attendances: number;
  hours: { concentrated: number; selfStudy: number; total: number };
  groups: Record<string, { members: number; participants: number; reached: number; attendances: number }>;
  visits: {
    discussions: number;
    entries: number;
    branchesVisited: { unit: number; company: number; above: number };
  };
  /** Module → overall levels and cards. */
  evaluations: Record<string, { levels: Levels; cards: number }>;
  survey: { respondents: number; topics: Record<string, number> };
  /** Branches on an older plan version (every group of the branch). */
  oldPlanBranches: ReportPlace[];
  /** Tree branches without a report. */
  missing: ReportPlace[];
  currentVersions: Record<string, string>;
}

export interface SynthReports {
  reports: ReportFile[];
  /** The tree as rows: header 集团, 二级单位, 支部. */
  tree: string[][];
  truth: SynthTruth;
}

export const SYNTH_GROUPS: SynthGroup[] = [
  { id: 'branch-secretary', name: '党支部书记', requiredHours: 56 },
  { id: 'backbone', name: '骨干党员', requiredHours: 32 },
  { id: 'ordinary', name: '普通党员', requiredHours: 32 },
  { id: 'probationary', name: '预备党员·新进毕业生', requiredHours: 32 },
];
export const SYNTH_TOPICS = ['theory', 'party-spirit', 'situation-policy', 'knowledge-skills'];
const MODULES = Array.from({ length: 12 }, (_, i) => `SY-${String(i + 1).padStart(3, '0')}`);
const DIGITS = '一二三四五六七八九十';

const unitName = (i: number) => `模拟第${i < 10 ? DIGITS[i] : i + 1}分公司`;
const half = (random: Random, max: number) => random.int(0, max * 2) / 2;

function randomLevels(random: Random, max: number): Levels {
  const levels = noLevels();
  for (let i = 0; i < 4; i++) levels[i] = random.int(0, i === 3 ? Math.ceil(max / 8) : max);
  return levels;
}

function memberFigures(random: Random, group: SynthGroup) {
  const active = random.chance(0.9);
  const concentrated = active ? half(random, group.requiredHours) : 0;
  const selfStudy = active ? half(random, 24) : 0;
  const total = concentrated + selfStudy;
  return { concentrated, selfStudy, total, attendances: active ? random.int(0, 8) : 0 };
}

export async function generateSyntheticReports(options: SynthReportOptions): Promise<SynthReports> {
  const { count, seed = 1, year = 2027, company = '模拟集团', branchesPerUnit = 10 } = options;
  const groups = options.groups ?? SYNTH_GROUPS;
  const topics = options.topics ?? SYNTH_TOPICS;
  const random = createRandom(seed);
  const current = Object.fromEntries(groups.map((g) => [g.id, options.versions?.[g.id] ?? `${year}-SYN1`]));
  const truth: SynthTruth = {
    year,
    company,
    branches: count,
    members: 0,
    participants: 0,
    reached: 0,
    attendances: 0,
    hours: { concentrated: 0, selfStudy: 0, total: 0 },
    groups: Object.fromEntries(
      groups.map((g) => [g.id, { members: 0, participants: 0, reached: 0, attendances: 0 }]),
    ),
    visits: { discussions: 0, entries: 0, branchesVisited: { unit: 0, company: 0, above: 0 } },
    evaluations: {},
    survey: { respondents: 0, topics: {} },
    oldPlanBranches: [],
    missing: [],
    currentVersions: current,
  };
  const extra = Math.max(2, Math.ceil(count / 50));
  const places: ReportPlace[] = Array.from({ length: count + extra }, (_, i) => {
    const unit = unitName(Math.floor(i / branchesPerUnit));
    return { company, unit, branch: `${unit}第${(i % branchesPerUnit) + 1}支部` };
  });
  // The branches without a report are spread over the tree, not all in its last unit.
  const missingAt = new Set(
    random.sample(
      places.map((_, i) => i),
      extra,
    ),
  );
  truth.missing = places.filter((_, i) => missingAt.has(i));
  const reports: ReportFile[] = [];
  for (const [i, place] of places.entries()) {
    if (missingAt.has(i)) continue;
    reports.push(await signReport(branchContent(random, place, i, { year, groups, topics, current, truth })));
  }
  const tree = [['集团', '二级单位', '支部'], ...places.map((p) => [p.company, p.unit, p.branch])];
  return { reports, tree, truth };
}

interface BranchContext {
  year: number;
  groups: readonly SynthGroup[];
  topics: readonly string[];
  current: Record<string, string>;
  truth: SynthTruth;
}

function branchContent(random: Random, place: ReportPlace, index: number, context: BranchContext) {
  const { year, groups, topics, current, truth } = context;
  // Every tenth branch kept an older plan version: a known number, whatever the seed.
  const old = index % 10 === 4;
  if (old) truth.oldPlanBranches.push(place);
  const size = random.int(80, 120);
  const lines = groups.map((group) => ({
    group,
    members: 0,
    participants: 0,
    reached: 0,
    attendances: 0,
    hours: { concentrated: 0, selfStudy: 0, total: 0 },
  }));
  for (let m = 0; m < size; m++) {
    // One secretary, a few backbone and probationary members, the rest ordinary.
    const g = m === 0 ? 0 : random.chance(0.15) ? 1 : random.chance(0.1) ? Math.min(3, groups.length - 1) : 2;
    const line = lines[Math.min(g, lines.length - 1)]!;
    const member = memberFigures(random, line.group);
    line.members++;
    if (member.total > 0) line.participants++;
    if (member.total >= line.group.requiredHours) line.reached++;
    line.attendances += member.attendances;
    line.hours.concentrated += member.concentrated;
    line.hours.selfStudy += member.selfStudy;
    line.hours.total += member.total;
  }
  const hours = { concentrated: 0, selfStudy: 0, total: 0 };
  for (const line of lines) {
    const t = truth.groups[line.group.id]!;
    t.members += line.members;
    t.participants += line.participants;
    t.reached += line.reached;
    t.attendances += line.attendances;
    for (const key of ['concentrated', 'selfStudy', 'total'] as const) hours[key] += line.hours[key];
  }
  for (const key of ['concentrated', 'selfStudy', 'total'] as const) truth.hours[key] += hours[key];
  truth.members += size;
  truth.participants += lines.reduce((s, l) => s + l.participants, 0);
  truth.reached += lines.reduce((s, l) => s + l.reached, 0);
  truth.attendances += lines.reduce((s, l) => s + l.attendances, 0);

  const discussions = random.int(4, 8);
  const attendees = (
    [
      ['unit', 0.7, `${place.unit}党委`],
      ['company', 0.35, `${place.company}党委`],
      ['above', 0.05, '上级党组织'],
    ] as const
  ).flatMap(([level, chance, unit]) =>
    random.chance(chance)
      ? Array.from({ length: random.int(1, 2) }, (_, k) => ({
          date: `${year}-0${3 + k * 3}-18`,
          sessionId: `ordinary/q${k + 1}-discussion`,
          level,
          unit,
        }))
      : [],
  );
  const visited = (level: 'unit' | 'company' | 'above') => (attendees.some((a) => a.level === level) ? 1 : 0);
  const visits = {
    discussions,
    entries: attendees.length,
    branchesVisited: { unit: visited('unit'), company: visited('company'), above: visited('above') },
  };
  truth.visits.discussions += discussions;
  truth.visits.entries += attendees.length;
  for (const level of ['unit', 'company', 'above'] as const)
    truth.visits.branchesVisited[level] += visits.branchesVisited[level];

  const evaluations: ModuleEvaluation[] = random
    .sample(MODULES, random.int(2, 5))
    .sort()
    .map((module) => {
      const cards = random.chance(0.5) ? random.int(1, 20) : 0;
      const indicators = Object.fromEntries(
        INDICATOR_IDS.map((id) => [id, cards ? randomLevels(random, cards) : noLevels()]),
      ) as ModuleEvaluation['indicators'];
      const evaluation = { module, levels: randomLevels(random, 20), cards, indicators };
      const t = (truth.evaluations[module] ??= { levels: noLevels(), cards: 0 });
      t.levels = addLevels(t.levels, evaluation.levels);
      t.cards += cards;
      return evaluation;
    })
    .filter((e) => e.levels.some((n) => n > 0) || e.cards > 0);
  const respondents = random.int(0, Math.floor(size / 2));
  const chosen = topics
    .map((topic) => ({ topic, count: respondents ? random.int(0, respondents) : 0 }))
    .filter((t) => t.count > 0)
    .sort((a, b) => (a.topic < b.topic ? -1 : 1));
  truth.survey.respondents += respondents;
  for (const { topic, count } of chosen)
    truth.survey.topics[topic] = (truth.survey.topics[topic] ?? 0) + count;

  const figures: ReportFigures = {
    branches: 1,
    groups: lines
      .map(({ group, ...line }) => ({
        id: group.id,
        name: group.name,
        requiredHours: group.requiredHours,
        planVersions: [{ version: old ? `${year}-SYN0` : current[group.id]!, branches: 1 }],
        ...line,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    hours,
    visits,
    evaluations,
    survey: { respondents, topics: chosen },
  };
  return {
    format: 'dangjian-branch-report' as const,
    version: 2 as const,
    createdAt: new Date(Date.UTC(year, 11, 1, 8, index % 60)).toISOString(),
    year,
    level: 'branch' as const,
    place,
    figures,
    reported: [place],
    missing: [],
    attendees,
  };
}
