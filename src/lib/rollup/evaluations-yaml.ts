/**
 * `content/evaluations/<year>.yaml`, written from a rollup for the organizer to commit: every
 * module's ratings and card tallies and the survey's counts, never a name (see the data contract
 * in docs/rollup.md). The build reads it to flag modules under the 满意率 line on /maintainers/
 * and to show the lecturer edition its result. Written by hand, not by a YAML library, so the
 * file reads exactly like the guide's example (levels on one line).
 */
import { INDICATOR_IDS, levelsTotal } from '../evaluation/levels.ts';
import type { ModuleEvaluation } from '../evaluation/module-evaluation.ts';
import type { SurveyCounts } from '../evaluation/survey.ts';

/** A plain scalar when it cannot be misread as another YAML type, else a JSON (double-quoted) string. */
function scalar(text: string): string {
  return /^[A-Za-z][\w.-]*$/.test(text) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(text)
    ? text
    : JSON.stringify(text);
}

const list = (levels: readonly number[]) => `[${levels.join(', ')}]`;

function moduleLines(evaluation: ModuleEvaluation): string[] {
  const lines = [`  - module: ${scalar(evaluation.module)}`, `    levels: ${list(evaluation.levels)}`];
  if (evaluation.cards > 0) lines.push(`    cards: ${evaluation.cards}`);
  if (INDICATOR_IDS.some((id) => levelsTotal(evaluation.indicators[id]) > 0)) {
    lines.push('    indicators:');
    for (const id of INDICATOR_IDS) lines.push(`      ${id}: ${list(evaluation.indicators[id])}`);
  }
  return lines;
}

/** Topics in `order` (topics.yaml's order), any others after them by id. */
function orderedTopics(survey: SurveyCounts, order: readonly string[]) {
  const rank = (topic: string) => (order.includes(topic) ? order.indexOf(topic) : order.length);
  return [...survey.topics].sort((a, b) => rank(a.topic) - rank(b.topic) || a.topic.localeCompare(b.topic));
}

export function evaluationsYaml(options: {
  year: number;
  source: string;
  evaluations: readonly ModuleEvaluation[];
  survey: SurveyCounts;
  topicOrder: readonly string[];
}): string {
  const { year, source, evaluations, survey } = options;
  const lines = [
    `# ${year} 年度培训评估汇总：由组织部在 /rollup/ 导出，只有人数，不含姓名。`,
    `year: ${year}`,
    ...(source.trim() ? [`source: ${JSON.stringify(source.trim())}`] : []),
    evaluations.length ? 'modules:' : 'modules: []',
    ...evaluations.flatMap(moduleLines),
  ];
  if (survey.respondents > 0 || survey.topics.length > 0) {
    lines.push('survey:', `  respondents: ${survey.respondents}`);
    const topics = orderedTopics(survey, options.topicOrder);
    lines.push(topics.length ? '  topics:' : '  topics: {}');
    for (const { topic, count } of topics) lines.push(`    ${scalar(topic)}: ${count}`);
  }
  return `${lines.join('\n')}\n`;
}
