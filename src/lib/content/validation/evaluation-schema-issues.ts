import type { z } from 'astro/zod';
import { EvaluationFileSchema } from '../../evaluation/evaluation-file.ts';
import { INDICATORS } from '../../evaluation/levels.ts';
import { createIssue, type ContentIssue } from './issue.ts';
import { closestKey } from './schema-issues.ts';
import { keysAt } from './schema-keys.ts';

/**
 * An evaluation file's schema problems in the organizer's terms: a bad number is a bad 人数, a
 * short list is a wrong count of levels, a missing indicator is named with its card label, and an
 * unknown key that looks like a person says why the file may not hold one. The module checker's
 * generic translation (schema-issues.ts) would speak of frontmatter and types instead.
 */

/** What each field accepts, by its key: the `(允许: …)` of a missing or wrong value. */
const FIELD_HINTS: Record<string, string> = {
  year: '评估年份，与文件名相同，如 2026',
  source: '最多 100 个字的文本，如 某集团党委组织部；可以不写',
  modules: '列表，每项 { module: LL-001, levels: [很满意, 满意, 基本满意, 不满意], cards, indicators }',
  module: '模块编号，如 LL-001',
  survey: '{ respondents: 回答人数, topics: { 专题 id: 人数 } }；可以不写',
  topics: '专题 id 和人数，如 theory: 120',
  indicators: `五个指标各四档人数，如 relevance: [8, 9, 2, 1]`,
};

const OVERALL_LEVELS = '[很满意, 满意, 基本满意, 不满意] 四档人数，如 [12, 30, 5, 2]';
const INDICATOR_LEVELS_HINT = '[好, 较好, 一般, 差] 四档人数，如 [8, 9, 2, 1]';

/** Keys that would carry a person: names, member lists, contacts. Lower case, matched as parts. */
const PERSONAL_KEYS = [
  'name',
  'member',
  'person',
  'people',
  'phone',
  'mobile',
  'roster',
  'attendee',
  'signature',
];
const PERSONAL_WORDS = ['姓名', '名单', '党员', '手机', '电话', '身份证', '签名', '学员'];

export function looksPersonal(key: string): boolean {
  const lower = key.toLowerCase();
  return PERSONAL_KEYS.some((part) => lower.includes(part)) || PERSONAL_WORDS.some((w) => key.includes(w));
}

export interface EvaluationSchemaContext {
  file: string;
  lineOf: (path: readonly PropertyKey[]) => number;
  data: unknown;
}

export function toEvaluationIssues(error: z.ZodError, context: EvaluationSchemaContext): ContentIssue[] {
  return error.issues.flatMap((issue) => fromZodIssue(issue, context));
}

function fromZodIssue(
  issue: z.core.$ZodIssue,
  { file, lineOf, data }: EvaluationSchemaContext,
): ContentIssue[] {
  const path = issue.path;
  const at = { file, line: lineOf(path), field: formatPath(path) };
  if (issue.code === 'unrecognized_keys') {
    const known = keysAt(EvaluationFileSchema, path) ?? [];
    return issue.keys.map((key) => {
      const keyAt = { file, line: lineOf([...path, key]), field: formatPath([...path, key]) };
      return looksPersonal(key)
        ? createIssue('evaluation-personal-field', keyAt, { key, known: known.join(', ') })
        : createIssue('evaluation-field-unknown', keyAt, {
            key,
            meant: closestKey(key, known),
            known: known.join(', '),
          });
    });
  }
  const value = valueAt(data, path);
  const last = path.at(-1);
  const parent = path.at(-2);
  const inIndicators = parent === 'indicators' || path.at(-3) === 'indicators';
  if (parent === 'indicators' && value === undefined) {
    const indicator = INDICATORS.find(({ id }) => id === last);
    const all = INDICATORS.map(({ id, label }) => `${id}（${label}）`).join(', ');
    if (indicator) return [createIssue('evaluation-indicator-missing', at, { ...indicator, all })];
  }
  // A number in a list of levels, the card count, the respondents, a topic's count.
  const isCount =
    (typeof last === 'number' && (parent === 'levels' || path.at(-3) === 'indicators')) ||
    last === 'cards' ||
    last === 'respondents' ||
    parent === 'topics';
  if (isCount) return [createIssue('evaluation-count', at, { actual: describe(value) })];
  if (last === 'levels' || parent === 'indicators') {
    const hint = inIndicators ? INDICATOR_LEVELS_HINT : OVERALL_LEVELS;
    return [createIssue('evaluation-levels', at, { actual: describe(value), hint })];
  }
  const hint = FIELD_HINTS[String([...path].reverse().find((part) => typeof part === 'string'))] ?? '';
  if (value === undefined) return [createIssue('evaluation-field-missing', at, { hint })];
  return [createIssue('evaluation-field-invalid', at, { actual: describe(value), hint })];
}

function formatPath(path: readonly PropertyKey[]): string {
  return (
    path
      .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`))
      .join('') || 'evaluation'
  );
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

/** A value as the organizer wrote it, quoted: `「-3」`, `「2.5」`, `「[1,2,3]」`. */
function describe(value: unknown): string {
  if (value === undefined || value === null) return '空值';
  return `「${typeof value === 'string' ? value : JSON.stringify(value)}」`;
}
