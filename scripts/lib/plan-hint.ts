// The hint `npm run plan` prints under its result: the needs survey of the plan year's evaluation
// file (or, before that year's is in, the previous year's) beside what the plan gives each topic,
// and the required modules members rated under the satisfaction line. It reads; it writes nothing.
import type { ContentSources } from '../../src/lib/content/files/sources.ts';
import { readEvaluationFiles } from '../../src/lib/content/files/evaluations.ts';
import type { ModuleRecord } from '../../src/lib/content/validation/records.ts';
import { toModuleEvaluation, toSurveyCounts } from '../../src/lib/evaluation/evaluation-file.ts';
import { moduleResult } from '../../src/lib/evaluation/flags.ts';
import { surveyHintLines, type TopicSupply } from '../../src/lib/evaluation/survey-hint.ts';
import { sumHours } from '../../src/lib/modules/hours.ts';
import type { GroupPlan } from '../../src/lib/plans/types.ts';
import type { Settings } from '../../src/schemas/settings.ts';
import type { Taxonomy } from '../../src/schemas/taxonomy-kinds.ts';

export interface PlanHintInput {
  evaluations: ContentSources['evaluations'];
  taxonomy: Taxonomy;
  settings: Settings;
  planYear: number;
  /** Every group's plan for `planYear` as it stands after the command. */
  plans: readonly GroupPlan<ModuleRecord>[];
}

export function planHintLines({ evaluations, taxonomy, settings, planYear, plans }: PlanHintInput): string[] {
  // Files with errors are left out here as on the site; `npm run check` names them.
  const { records } = readEvaluationFiles(evaluations ?? []);
  const withSurvey = (year: number) => records.find((record) => record.year === year && record.data.survey);
  const record = withSurvey(planYear) ?? withSurvey(planYear - 1);
  if (!record) return [];
  const required = new Map<string, ModuleRecord>();
  for (const plan of plans) for (const { entry } of plan.required) required.set(entry.data.code, entry);
  const supply: TopicSupply[] = taxonomy.topics.map(({ id, name }) => {
    const modules = [...required.values()].filter((module) => module.data.topic === id);
    return { topic: id, name, modules: modules.length, hours: sumHours(modules.map(({ data }) => data)) };
  });
  const line = settings.evaluation.satisfactionLine;
  const weak = record.data.modules.flatMap((entry) => {
    const module = required.get(entry.module);
    const result = moduleResult(toModuleEvaluation(entry), line);
    return module && result.below && result.rate !== undefined
      ? [{ code: entry.module, title: module.data.title, rate: result.rate }]
      : [];
  });
  return surveyHintLines({
    file: record.file,
    planYear,
    line,
    survey: toSurveyCounts(record.data.survey),
    supply,
    weak,
  });
}
