/**
 * One module's evaluation as a tally with no person in it: overall ratings (phone codes and the
 * cards' last line) and, from paper cards only, each indicator's levels. The ledger, the report
 * file, the rollup and the yearly evaluation file all carry this shape and add it with
 * `addModuleEvaluations`, which is associative and commutative, so rolling up in stages gives the
 * totals of rolling up everything at once.
 */
import { addLevels, INDICATOR_IDS, levelsTotal, noLevels, type IndicatorId, type Levels } from './levels.ts';

export interface ModuleEvaluation {
  /** The module code, e.g. `LL-001`. */
  module: string;
  /** Overall ratings, `[很满意, 满意, 基本满意, 不满意]`. */
  levels: Levels;
  /** Paper cards counted in `indicators` (a card may leave its overall line empty). */
  cards: number;
  /** Per indicator, `[好, 较好, 一般, 差]`, from paper cards. */
  indicators: Record<IndicatorId, Levels>;
}

export function emptyModuleEvaluation(module: string): ModuleEvaluation {
  return {
    module,
    levels: noLevels(),
    cards: 0,
    indicators: Object.fromEntries(INDICATOR_IDS.map((id) => [id, noLevels()])) as Record<
      IndicatorId,
      Levels
    >,
  };
}

function add(a: ModuleEvaluation, b: ModuleEvaluation): ModuleEvaluation {
  return {
    module: a.module,
    levels: addLevels(a.levels, b.levels),
    cards: a.cards + b.cards,
    indicators: Object.fromEntries(
      INDICATOR_IDS.map((id) => [id, addLevels(a.indicators[id], b.indicators[id])]),
    ) as Record<IndicatorId, Levels>,
  };
}

/** All evaluations summed per module, modules in code order; modules with nothing counted are left out. */
export function addModuleEvaluations(...lists: readonly (readonly ModuleEvaluation[])[]): ModuleEvaluation[] {
  const byModule = new Map<string, ModuleEvaluation>();
  for (const list of lists)
    for (const item of list)
      byModule.set(item.module, add(byModule.get(item.module) ?? emptyModuleEvaluation(item.module), item));
  return [...byModule.values()]
    .filter((item) => levelsTotal(item.levels) > 0 || item.cards > 0)
    .sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0));
}
