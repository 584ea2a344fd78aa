/**
 * The hint `npm run plan` prints from a yearly evaluation file (Guangzhou's and Shaoxing's needs
 * survey before the plan; Hunan's 为制定培训计划提供重要依据): which topics members asked for most,
 * beside what the plan gives each topic, and which required modules members rated under the line.
 * A hint only: it reads the plan and changes nothing in it.
 */
import { formatPercent, percentOf } from './flags.ts';
import type { SurveyCounts } from './survey.ts';

/** What the plan gives one topic: distinct required modules over all groups, and their 学时. */
export interface TopicSupply {
  topic: string;
  name: string;
  modules: number;
  hours: number;
}

export interface TopicDemand extends TopicSupply {
  /** Members who chose the topic. */
  count: number;
  /** `count` as a share of the respondents, percent with one decimal. */
  share: number;
}

/** Topics by demand, most chosen first; ties and unchosen topics keep the taxonomy's order. */
export function rankTopics(survey: SurveyCounts, supply: readonly TopicSupply[]): TopicDemand[] {
  const counts = new Map(survey.topics.map(({ topic, count }) => [topic, count]));
  return supply
    .map((topic) => {
      const count = counts.get(topic.topic) ?? 0;
      return { ...topic, count, share: percentOf(count, survey.respondents) };
    })
    .sort((a, b) => b.count - a.count);
}

/** A required module rated under the line, for the hint's second part. */
export interface WeakRequired {
  code: string;
  title: string;
  rate: number;
}

export interface SurveyHintInput {
  /** The evaluation file the figures come from, e.g. `content/evaluations/2026.yaml`. */
  file: string;
  planYear: number;
  line: number;
  survey: SurveyCounts | undefined;
  supply: readonly TopicSupply[];
  weak: readonly WeakRequired[];
}

/** The hint's lines in Chinese, or none when the file has neither a survey nor a weak module. */
export function surveyHintLines({ file, planYear, line, survey, supply, weak }: SurveyHintInput): string[] {
  const lines: string[] = [];
  if (survey && survey.respondents > 0) {
    lines.push(`需求调研（${file}，${survey.respondents} 人回答）与 ${planYear} 年计划必修的对照：`);
    rankTopics(survey, supply).forEach((row, index) => {
      const given = row.modules ? `${row.modules} 个模块、${row.hours} 学时` : '没有必修模块';
      lines.push(
        `  ${index + 1}. ${row.name}：${row.count} 人选择（${formatPercent(row.share)}）；计划必修 ${given}`,
      );
    });
  }
  if (weak.length) {
    lines.push(`满意率低于 ${line}%、计划仍列为必修的模块（${file}）：`);
    for (const module of weak)
      lines.push(`  ${module.code} ${module.title}：满意率 ${formatPercent(module.rate)}`);
  }
  if (!lines.length) return [];
  return ['', '提示（仅供参考，计划未因此改动）：', ...lines];
}
