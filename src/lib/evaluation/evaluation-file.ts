/**
 * content/evaluations/<year>.yaml: the organizer's yearly 培训评估 aggregate, exported from
 * /rollup/ and committed so the build can flag weak modules (/maintainers/), show a module's result
 * in its lecturer edition and hint at next year's plan (`npm run plan`). It holds counts only.
 *
 * The schema lives here rather than in src/schemas/ because it is built from the indicator ids of
 * levels.ts, which a schema may not import. Strict objects: an unknown key is refused, which is
 * also how a name or a member list slipped into the file is kept out of the repository.
 */
import { z } from 'astro/zod';
import { MODULE_CODE_PATTERN } from '../../schemas/module.ts';
import { INDICATOR_IDS, noLevels, type IndicatorId, type Levels } from './levels.ts';
import type { ModuleEvaluation } from './module-evaluation.ts';
import type { SurveyCounts } from './survey.ts';

/** A count of members or cards: a whole number, 0 or more (100 million is more than any 集团). */
const count = z.number().int().min(0).max(100_000_000);
const levels = z.tuple([count, count, count, count]);

const IndicatorsSchema = z
  .object(Object.fromEntries(INDICATOR_IDS.map((id) => [id, levels])) as Record<IndicatorId, typeof levels>)
  .strict();

export const EvaluationEntrySchema = z
  .object({
    /** The module code, e.g. `LL-001`. */
    module: z.string().regex(MODULE_CODE_PATTERN),
    /** Overall ratings, `[很满意, 满意, 基本满意, 不满意]`. */
    levels,
    /** Paper evaluation cards (评估卡) counted in `indicators`. */
    cards: count.default(0),
    /** Each of the five indicators, `[好, 较好, 一般, 差]`; all five or none. */
    indicators: IndicatorsSchema.optional(),
  })
  .strict();

export const EvaluationSurveySchema = z
  .object({
    /** Members who answered the needs survey. */
    respondents: count,
    /** Taxonomy topic id → members who chose it. */
    topics: z.record(z.string(), count).default({}),
  })
  .strict();

export const EvaluationFileSchema = z
  .object({
    /** The year evaluated; the file is named after it. */
    year: z.number().int().min(2000).max(2100),
    /** Who compiled the figures, e.g. 某集团党委组织部. */
    source: z.string().max(100).optional(),
    modules: z.array(EvaluationEntrySchema).max(5000).default([]),
    survey: EvaluationSurveySchema.optional(),
  })
  .strict();

export type EvaluationEntry = z.infer<typeof EvaluationEntrySchema>;
export type EvaluationFile = z.infer<typeof EvaluationFileSchema>;

/** An entry as the tally every other part of the project adds and shows. */
export function toModuleEvaluation(entry: EvaluationEntry): ModuleEvaluation {
  const indicators = Object.fromEntries(
    INDICATOR_IDS.map((id) => [id, [...(entry.indicators?.[id] ?? noLevels())] as Levels]),
  ) as Record<IndicatorId, Levels>;
  return { module: entry.module, levels: [...entry.levels], cards: entry.cards, indicators };
}

/** The file's survey as counts, topics in id order like every other survey; undefined when absent. */
export function toSurveyCounts(survey: EvaluationFile['survey']): SurveyCounts | undefined {
  if (!survey) return undefined;
  const topics = Object.entries(survey.topics)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([topic, n]) => ({ topic, count: n }));
  return { respondents: survey.respondents, topics };
}
