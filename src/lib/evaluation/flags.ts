/**
 * What the build says about a module's evaluation: its 满意率 against the satisfaction line (the
 * city's 80% by default, `evaluation.satisfactionLine` in content/settings.yaml) and its weakest
 * indicator, so /maintainers/ can flag the modules that need work and say where to start.
 */
import { INDICATORS, levelsTotal, satisfactionRate, type IndicatorId, type Levels } from './levels.ts';
import type { ModuleEvaluation } from './module-evaluation.ts';

export interface IndicatorResult {
  id: IndicatorId;
  label: string;
  /** `[好, 较好, 一般, 差]`. */
  levels: Levels;
  /** Cards that rated this indicator. */
  total: number;
  /** Share not rated 差, in percent with one decimal (the 满意率 rule). */
  rate: number;
  /** Share rated 好 or 较好, in percent with one decimal: tells apart indicators nobody rated 差. */
  goodRate: number;
  /** Share rated 差, in percent with one decimal. */
  poorRate: number;
}

export interface ModuleResult {
  module: string;
  levels: Levels;
  /** Overall ratings counted. */
  ratings: number;
  /** 满意率; undefined with no overall rating. */
  rate: number | undefined;
  /** 满意率 under the line: the module is flagged. A module with no rating is never flagged. */
  below: boolean;
  /** Indicators some card rated, in the card's order. */
  indicators: IndicatorResult[];
  /** The indicator with the lowest rate (then the lowest good rate); undefined without cards. */
  weakest: IndicatorResult | undefined;
}

/** A count's share of `total` in percent with one decimal; 0 when nothing was counted. */
export function percentOf(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part / total) * 1000) / 10;
}

/** A percentage as pages and the plan hint print it: one decimal, `77.5%`, `100.0%`. */
export function formatPercent(percent: number): string {
  return `${percent.toFixed(1)}%`;
}

/** One module's result judged against `line` (percent). */
export function moduleResult(evaluation: ModuleEvaluation, line: number): ModuleResult {
  const rate = satisfactionRate(evaluation.levels);
  const indicators = INDICATORS.flatMap(({ id, label }): IndicatorResult[] => {
    const levels = evaluation.indicators[id];
    const total = levelsTotal(levels);
    if (total === 0) return [];
    const rate = satisfactionRate(levels) ?? 0;
    return [
      {
        id,
        label,
        levels,
        total,
        rate,
        goodRate: percentOf(levels[0] + levels[1], total),
        poorRate: percentOf(levels[3], total),
      },
    ];
  });
  // Stable sort: among equals the card's first indicator is named.
  const weakest = [...indicators].sort((a, b) => a.rate - b.rate || a.goodRate - b.goodRate)[0];
  return {
    module: evaluation.module,
    levels: evaluation.levels,
    ratings: levelsTotal(evaluation.levels),
    rate,
    below: rate !== undefined && rate < line,
    indicators,
    weakest,
  };
}

/** Every module's result, flagged ones first, then by 满意率 from low to high, then by code. */
export function moduleResults(evaluations: readonly ModuleEvaluation[], line: number): ModuleResult[] {
  return evaluations
    .map((evaluation) => moduleResult(evaluation, line))
    .sort(
      (a, b) =>
        Number(b.below) - Number(a.below) ||
        (a.rate ?? 101) - (b.rate ?? 101) ||
        (a.module < b.module ? -1 : a.module > b.module ? 1 : 0),
    );
}
