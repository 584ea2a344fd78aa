/**
 * 培训需求调研 (issue 18): which topics members want to study next year, counted, never per person.
 * Members choose taxonomy topics (content/taxonomy/topics.yaml) on the paper form or on the phone;
 * the counts travel in the report file and add up level by level like every other figure.
 */

export interface SurveyCounts {
  /** Members who answered (a form or a phone survey), whether or not they chose any topic. */
  respondents: number;
  /** Topic id → members who chose it, topics in id order, zero counts left out. */
  topics: { topic: string; count: number }[];
}

export const emptySurvey = (): SurveyCounts => ({ respondents: 0, topics: [] });

/** All counts summed; associative and commutative, like every rollup figure. */
export function addSurveys(...surveys: readonly SurveyCounts[]): SurveyCounts {
  const topics = new Map<string, number>();
  let respondents = 0;
  for (const survey of surveys) {
    respondents += survey.respondents;
    for (const { topic, count } of survey.topics) topics.set(topic, (topics.get(topic) ?? 0) + count);
  }
  return {
    respondents,
    topics: [...topics.entries()]
      .filter(([, count]) => count > 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([topic, count]) => ({ topic, count })),
  };
}
