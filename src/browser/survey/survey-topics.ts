/**
 * The topic list a page carries (SurveyTopics.astro): ids in topics.yaml order, which is the order
 * of the needs survey's bits in a completion code, and the Chinese names to show them by.
 */
export interface SurveyTopic {
  id: string;
  name: string;
}

export function readSurveyTopics(): SurveyTopic[] {
  const element = document.querySelector('[data-survey-topics]');
  try {
    const parsed: unknown = JSON.parse(element?.textContent ?? '[]');
    return Array.isArray(parsed) ? (parsed as SurveyTopic[]) : [];
  } catch {
    return [];
  }
}

/** `政治理论、党性教育`: the chosen ids by name, in topic order; unknown ids are left out. */
export function surveyText(topics: readonly SurveyTopic[], chosen: readonly string[]): string {
  return topics
    .filter((topic) => chosen.includes(topic.id))
    .map((topic) => topic.name)
    .join('、');
}
