/**
 * 列席 coverage against the per-level targets (SASAC, seed 003): the party organization just
 * above a branch (the 二级单位's) attends every branch's discussions, and each 集团党委 attends at
 * least 100 branches' discussions a year, or every branch when it has fewer. The report figures
 * count, per level, the branches with at least one 列席 from it, so coverage adds up level by
 * level. Targets come from content/settings.yaml (`rollup.visits`).
 */
import type { ReportFigures, VisitLevel } from '../reports/report-schema.ts';
import { VISIT_LEVELS, VISIT_LEVEL_LABELS } from '../reports/report-schema.ts';
import { LEVEL_RANK, type RollupLevel } from './scope.ts';

export interface VisitTargets {
  /** Percent of a 二级单位's branches its party organization attends (the standard: all, 100). */
  unitShare: number;
  /** Branches a 集团党委 attends at least in a year, or all when it has fewer. */
  companyBranches: number;
}

export const DEFAULT_VISIT_TARGETS: VisitTargets = { unitShare: 100, companyBranches: 100 };

export interface VisitCoverage {
  level: VisitLevel;
  label: string;
  /** Branches with at least one 列席 from this level. */
  visited: number;
  /** Branches the level should attend; undefined when no target applies at this node. */
  target: number | undefined;
  met: boolean | undefined;
}

/** A level's target for an organization at `node` with `expected` branches, or undefined. */
export function visitTarget(
  level: VisitLevel,
  node: RollupLevel,
  expected: number,
  targets: VisitTargets,
): number | undefined {
  if (LEVEL_RANK[node] < LEVEL_RANK[level]) return undefined;
  if (level === 'unit') return Math.ceil((expected * targets.unitShare) / 100);
  if (level === 'company' && node === 'company') return Math.min(targets.companyBranches, expected);
  return undefined;
}

/** Coverage of every level; `targetOf` overrides a level's target (a sum over 集团s, above). */
export function visitCoverage(
  figures: ReportFigures,
  node: RollupLevel,
  expected: number,
  targets: VisitTargets,
  targetOf: Partial<Record<VisitLevel, number | undefined>> = {},
): VisitCoverage[] {
  return VISIT_LEVELS.map((level) => {
    const visited = figures.visits.branchesVisited[level];
    const target = level in targetOf ? targetOf[level] : visitTarget(level, node, expected, targets);
    return {
      level,
      label: VISIT_LEVEL_LABELS[level],
      visited,
      target,
      met: target === undefined ? undefined : visited >= target,
    };
  });
}
