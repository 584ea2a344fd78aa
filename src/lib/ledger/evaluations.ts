/**
 * The branch's 培训评估 and 需求调研 figures: the members' phone ratings (carried by their codes,
 * overall only) added to the paper cards' tallies per module, and the paper survey added to the
 * phone answers. The screen's summary and the report file read the same sums, so they agree.
 */
import {
  DEFAULT_SATISFACTION_LINE,
  INDICATORS,
  levelsTotal,
  satisfactionRate,
  type IndicatorId,
} from '../evaluation/levels.ts';
import {
  addModuleEvaluations,
  emptyModuleEvaluation,
  type ModuleEvaluation,
} from '../evaluation/module-evaluation.ts';
import { addSurveys, type SurveyCounts } from '../evaluation/survey.ts';
import type { MatchedCode } from './match-codes.ts';
import { codeSurvey } from './survey-forms.ts';

/** Ratings (1 很满意 … 4 不满意) counted per module and level, never per person. */
export function codeEvaluations(codes: readonly Pick<MatchedCode, 'ratings'>[]): ModuleEvaluation[] {
  return addModuleEvaluations(
    codes.flatMap((code) =>
      Object.entries(code.ratings)
        .filter(([, level]) => Number.isInteger(level) && level >= 1 && level <= 4)
        .map(([module, level]) => {
          const one = emptyModuleEvaluation(module);
          one.levels[level - 1] = 1;
          return one;
        }),
    ),
  );
}

// What these sums read of a ledger: the tests and the rollup's synthetic branches pass no more.
type Rated = { codes: readonly Pick<MatchedCode, 'ratings'>[]; cards: readonly ModuleEvaluation[] };
type Surveyed = { codes: readonly Pick<MatchedCode, 'survey'>[]; survey: SurveyCounts };

/** Phone ratings and paper cards, per module in code order. */
export const ledgerEvaluations = (ledger: Rated): ModuleEvaluation[] =>
  addModuleEvaluations(codeEvaluations(ledger.codes), ledger.cards);

/** Paper forms and phone answers. */
export const ledgerSurvey = (ledger: Surveyed): SurveyCounts =>
  addSurveys(ledger.survey, codeSurvey(ledger.codes));

export interface EvaluationLine {
  module: string;
  /** Overall ratings, phone and paper. */
  ratings: number;
  cards: number;
  /** 满意率 in percent with one decimal; undefined with no overall rating. */
  rate: number | undefined;
  /** Below the satisfaction line. */
  below: boolean;
  /** Per indicator: the share rated 好, 较好 or 一般 (satisfactionRate's rule), from the cards. */
  indicators: Record<IndicatorId, number | undefined>;
}

/** One line per evaluated module, as the 培训评估汇总 table shows it. */
export function evaluationSummary(ledger: Rated, line = DEFAULT_SATISFACTION_LINE): EvaluationLine[] {
  return ledgerEvaluations(ledger).map((evaluation) => {
    const rate = satisfactionRate(evaluation.levels);
    return {
      module: evaluation.module,
      ratings: levelsTotal(evaluation.levels),
      cards: evaluation.cards,
      rate,
      below: rate !== undefined && rate < line,
      indicators: Object.fromEntries(
        INDICATORS.map(({ id }) => [id, satisfactionRate(evaluation.indicators[id])]),
      ) as Record<IndicatorId, number | undefined>,
    };
  });
}
