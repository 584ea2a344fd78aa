import { INDICATORS, levelsTotal } from '../../evaluation/levels.ts';
import type { TaxonomyRecord } from '../files/taxonomy.ts';
import { readEvaluationFiles, type EvaluationRecord } from '../files/evaluations.ts';
import type { SourceFile } from '../files/sources.ts';
import { createIssue, type ContentIssue } from './issue.ts';
import type { ModuleFacts } from './records.ts';

/**
 * The organizer's evaluation files (content/evaluations/<year>.yaml) beyond their schema: counts
 * that cannot add up, a module listed twice, codes and topics the curriculum does not know.
 *
 * An unknown module code is a warning, not an error: the file records a past year, and a module
 * retired since then keeps its line as history; the build simply shows it nowhere. An unknown
 * survey topic is an error: topics are the taxonomy's few stable ids, so an unknown one is a slip
 * that would misrank members' demand in the plan hint.
 */
export function checkEvaluations(
  sources: readonly SourceFile[],
  facts: readonly ModuleFacts[],
  taxonomy: TaxonomyRecord,
): ContentIssue[] {
  const { records, issues } = readEvaluationFiles(sources);
  const codes = new Set(facts.flatMap(({ data }) => (data.code ? [data.code] : [])));
  for (const record of records) issues.push(...checkModules(record, codes), ...checkSurvey(record, taxonomy));
  return issues;
}

function checkModules(record: EvaluationRecord, codes: ReadonlySet<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const firstLine = new Map<string, number>();
  record.data.modules.forEach((entry, index) => {
    const at = (path: PropertyKey[], field: string) => ({
      file: record.file,
      line: record.lineOf(['modules', index, ...path]),
      field: `modules[${index}]${field}`,
    });
    const code = entry.module;
    const seen = firstLine.get(code);
    if (seen !== undefined)
      issues.push(createIssue('evaluation-module-repeated', at(['module'], '.module'), { code, line: seen }));
    else firstLine.set(code, record.lineOf(['modules', index, 'module']));
    if (!codes.has(code))
      issues.push(createIssue('evaluation-module-unknown', at(['module'], '.module'), { code }));
    for (const { id, label } of INDICATORS) {
      const levels = entry.indicators?.[id];
      const total = levels ? levelsTotal(levels) : 0;
      if (total > entry.cards)
        issues.push(
          createIssue('evaluation-indicator-over', at(['indicators', id], `.indicators.${id}`), {
            id,
            label,
            total,
            cards: entry.cards,
          }),
        );
    }
  });
  return issues;
}

function checkSurvey(record: EvaluationRecord, { taxonomy }: TaxonomyRecord): ContentIssue[] {
  const survey = record.data.survey;
  if (!survey) return [];
  const topics = new Set(taxonomy.topics.map(({ id }) => id));
  const known = taxonomy.topics.map(({ id, name }) => `${id}（${name}）`).join(', ');
  return Object.entries(survey.topics).flatMap(([topic, count]) => {
    const at = {
      file: record.file,
      line: record.lineOf(['survey', 'topics', topic]),
      field: `survey.topics.${topic}`,
    };
    if (!topics.has(topic)) return [createIssue('evaluation-topic-unknown', at, { topic, known })];
    if (count > survey.respondents)
      return [createIssue('evaluation-topic-over', at, { topic, count, respondents: survey.respondents })];
    return [];
  });
}
