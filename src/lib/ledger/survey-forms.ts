/**
 * 需求调研 (issue 18): the paper needs-survey forms the secretary tallied (how many members
 * answered, how many chose each topic), and the answers members gave on the phone, which their
 * completion codes carry. Both are counts, never per person; the report sums them.
 */
import { addSurveys, type SurveyCounts } from '../evaluation/survey.ts';
import type { MatchedCode } from './match-codes.ts';

/** A topic as the survey form offers it: a taxonomy topic (content/taxonomy/topics.yaml). */
export interface SurveyTopic {
  id: string;
  name: string;
}

/** More forms than this in one branch is a slip of the keyboard. */
export const MAX_FORMS = 100_000;

const isCount = (value: number) => Number.isInteger(value) && value >= 0 && value <= MAX_FORMS;

/** Every reason the paper tally is impossible, in Chinese; empty when it can be recorded. */
export function checkSurveyTally(survey: SurveyCounts, topics: readonly SurveyTopic[]): string[] {
  if (!isCount(survey.respondents)) return [`填表人数应为 0 到 ${MAX_FORMS} 之间的整数。`];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { topic, count } of survey.topics) {
    const name = topics.find((t) => t.id === topic)?.name;
    if (!name)
      problems.push(`专题 ${topic} 不在本站的专题中，允许：${topics.map((t) => t.name).join('、')}。`);
    else if (seen.has(topic)) problems.push(`专题「${name}」重复。`);
    else if (!isCount(count)) problems.push(`「${name}」的人数应为 0 到 ${MAX_FORMS} 之间的整数。`);
    else if (count > survey.respondents)
      problems.push(`「${name}」选了 ${count} 人，多于填表人数 ${survey.respondents} 人。`);
    seen.add(topic);
  }
  return problems;
}

/** The paper tally as the ledger keeps it: zero counts left out, topics in id order. */
export const paperSurvey = (survey: SurveyCounts): SurveyCounts => addSurveys(survey);

/** The phone answers the codes carry: each code with a chosen topic is one respondent. */
export function codeSurvey(codes: readonly Pick<MatchedCode, 'survey'>[]): SurveyCounts {
  const answered = codes.filter((code) => code.survey.length > 0);
  return addSurveys(
    ...answered.map((code) => ({
      respondents: 1,
      topics: [...new Set(code.survey)].map((topic) => ({ topic, count: 1 })),
    })),
  );
}
