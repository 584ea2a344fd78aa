/**
 * The rollup itself: the accepted files' figures summed (`addFigures`, so staged rollups equal
 * all at once), split into one row per unit just below the scope, with 未报送 (branches the tree
 * expects without a report, and those the files below already listed as missing), the files
 * made for an older plan version, and 列席 coverage against the targets. Pure: the page, the
 * workbook, the level-up file and the benchmark all read this one value.
 */
import { addFigures } from '../reports/figures.ts';
import type { ReportFigures, ReportPlace } from '../reports/report-schema.ts';
import type { AcceptedInput } from './inputs.ts';
import { childName, compareNames, nameKey, placeKey, placeLabel, type RollupScope } from './scope.ts';
import { scopeTree, type OrgTree } from './tree.ts';
import { visitCoverage, type VisitCoverage, type VisitTargets } from './visits.ts';

export interface RollupOptions {
  scope: RollupScope;
  inputs: readonly AcceptedInput[];
  /** The organization tree from a file; without one the tree is built from the reports. */
  tree?: OrgTree | undefined;
  /** Group id → the plan version the site publishes for the scope's year (none for other years). */
  currentVersions: Readonly<Record<string, string>>;
  targets: VisitTargets;
}

export interface MissingBranch extends ReportPlace {
  /** Who expected it: '组织架构' (the tree) or the file that listed it as missing. */
  source: string;
}

export interface ChildRow {
  name: string;
  figures: ReportFigures;
  /** Branches expected: reported and missing. */
  expected: number;
  missing: number;
  visits: VisitCoverage[];
}

export interface OldPlan {
  fileName: string;
  place: string;
  groupId: string;
  groupName: string;
  version: string;
  current: string;
  branches: number;
}

export interface Rollup {
  scope: RollupScope;
  totals: ReportFigures;
  reported: ReportPlace[];
  missing: MissingBranch[];
  /** Branches that reported but are not in the tree file (a typo, or a tree out of date). */
  unknown: ReportPlace[];
  expected: number;
  children: ChildRow[];
  oldPlans: OldPlan[];
  visits: VisitCoverage[];
  treeFromFile: boolean;
}

const TREE_SOURCE = '组织架构';
/** Places in name order, each key computed once (NFKC is not free at 30,000 comparisons). */
function sortPlaces<T extends ReportPlace>(places: T[]): T[] {
  return places
    .map((place) => ({ place, key: placeKey(place) }))
    .sort((a, b) => compareNames(a.key, b.key))
    .map(({ place }) => place);
}
const strip = ({ company, unit, branch }: ReportPlace): ReportPlace => ({ company, unit, branch });

function findMissing(options: RollupOptions, reportedKeys: Set<string>): MissingBranch[] {
  const missing = new Map<string, MissingBranch>();
  const add = (place: ReportPlace, source: string) => {
    const key = placeKey(place);
    if (!reportedKeys.has(key) && !missing.has(key)) missing.set(key, { ...strip(place), source });
  };
  if (options.tree) for (const branch of scopeTree(options.tree, options.scope)) add(branch, TREE_SOURCE);
  for (const input of options.inputs) for (const place of input.report.missing) add(place, input.fileName);
  return sortPlaces([...missing.values()]);
}

function findOldPlans(options: RollupOptions): OldPlan[] {
  return options.inputs.flatMap(({ fileName, report }) =>
    report.figures.groups.flatMap((group) => {
      const current = options.currentVersions[group.id];
      return group.planVersions
        .filter((v) => current !== undefined && v.version !== current)
        .map((v) => ({
          fileName,
          place: placeLabel(report.place),
          groupId: group.id,
          groupName: group.name,
          version: v.version,
          current: current!,
          branches: v.branches,
        }));
    }),
  );
}

export function createRollup(options: RollupOptions): Rollup {
  const { scope, inputs, targets } = options;
  const reported = sortPlaces(inputs.flatMap((input) => input.report.reported.map(strip)));
  const reportedKeys = new Set(reported.map(placeKey));
  const missing = findMissing(options, reportedKeys);
  const treeKeys = options.tree && new Set(scopeTree(options.tree, scope).map(placeKey));
  const unknown = treeKeys ? reported.filter((place) => !treeKeys.has(placeKey(place))) : [];

  const rows = new Map<
    string,
    { name: string; figures: ReportFigures[]; reported: number; missing: number }
  >();
  const row = (place: ReportPlace) => {
    const name = childName(place, scope);
    const key = nameKey(name);
    if (!rows.has(key)) rows.set(key, { name, figures: [], reported: 0, missing: 0 });
    return rows.get(key)!;
  };
  for (const { report } of inputs) {
    const target = row(report.place);
    target.figures.push(report.figures);
    target.reported += report.reported.length;
  }
  for (const place of missing) row(place).missing++;

  const childNode = scope.level === 'above' ? 'company' : 'unit';
  const children = [...rows.values()]
    .map(({ name, figures, reported: count, missing: gaps }) => {
      const sum = addFigures(...figures);
      return {
        name,
        figures: sum,
        expected: count + gaps,
        missing: gaps,
        visits: visitCoverage(sum, childNode, count + gaps, targets),
      };
    })
    .sort((a, b) => compareNames(a.name, b.name));
  const totals = addFigures(...inputs.map((input) => input.report.figures));
  const expected = reported.length + missing.length;
  const override =
    scope.level === 'above'
      ? {
          company: children.reduce(
            (sum, child) => sum + (child.visits.find((v) => v.level === 'company')?.target ?? 0),
            0,
          ),
        }
      : {};
  return {
    scope,
    totals,
    reported,
    missing,
    unknown,
    expected,
    children,
    oldPlans: findOldPlans(options),
    visits: visitCoverage(totals, scope.level, expected, targets, override),
    treeFromFile: Boolean(options.tree),
  };
}
