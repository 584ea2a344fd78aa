import type { z } from 'astro/zod';
import { fieldHints } from './field-hints.ts';
import { createIssue, type ContentIssue } from './issue.ts';
import { keysAt } from './schema-keys.ts';
import { fromTextProblem, hiddenCharacterIssue } from './text-issues.ts';

/** Where a schema issue happened, so it can be turned into a located, Chinese message. */
export interface SchemaIssueContext {
  file: string;
  lineOf: (path: readonly PropertyKey[]) => number;
  data: unknown;
  /** The schema the data failed: an unknown key's `(允许: …)` lists the keys at its own level. */
  schema?: z.ZodType | undefined;
  /** Top-level keys, for callers that pass no schema. */
  knownKeys?: readonly string[] | undefined;
  /** Where a character is written in the value at a path, for the column of an invisible one. */
  positionIn?:
    | ((path: readonly PropertyKey[], needle: string) => { line: number; column: number } | undefined)
    | undefined;
}

/** Chinese names for the JavaScript types zod reports. */
const typeNames: Record<string, string> = {
  string: '文本',
  number: '数字',
  array: '列表',
  object: '键值对象',
  date: '日期',
  boolean: '是/否',
  undefined: '空值',
  null: '空值',
};

/** Translates zod issues into located Chinese messages with the English field name. */
export function toContentIssues(error: z.ZodError, context: SchemaIssueContext): ContentIssue[] {
  return error.issues.flatMap((issue) => fromZodIssue(issue, context));
}

function fromZodIssue(issue: z.core.$ZodIssue, context: SchemaIssueContext): ContentIssue[] {
  const path = issue.path;
  const at = { file: context.file, line: context.lineOf(path), field: formatPath(path) };
  const value = valueAt(context.data, path);
  const hint = fieldHints[String(path[0])];

  // A code or id that fails because of a character nobody can see: name that character.
  if (issue.code === 'invalid_format' || issue.code === 'invalid_value') {
    const hidden = hiddenCharacterIssue(at, { path, value, hint, positionIn: context.positionIn });
    if (hidden) return [hidden];
  }
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return [createIssue('field-missing', at, { hint })];
      return [
        createIssue('field-type', at, {
          expected: typeNames[issue.expected] ?? issue.expected,
          actual: describe(value),
          hint,
        }),
      ];
    case 'invalid_value':
      return [
        createIssue('field-value', at, { value: show(value), hint: issue.values.map(String).join(', ') }),
      ];
    case 'invalid_format':
      return [createIssue('field-format', at, { value: show(value), hint })];
    case 'too_small': {
      const limit = { origin: issue.origin, minimum: Number(issue.minimum), inclusive: !!issue.inclusive };
      return [createIssue('field-too-small', at, { ...limit, value: show(value), hint })];
    }
    case 'unrecognized_keys': {
      const known = (context.schema && keysAt(context.schema, path)) ?? context.knownKeys ?? [];
      return issue.keys.map((key) =>
        createIssue(
          'field-unknown',
          { ...at, line: context.lineOf([...path, key]), field: formatPath([...path, key]) },
          { key, meant: closestKey(key, known), known },
        ),
      );
    }
    case 'custom':
      if (issue.params?.calendarDate) return [createIssue('date-invalid', at, { value: show(value) })];
      if (issue.params?.textField)
        return [
          fromTextProblem(issue.params.textField, at, { path, value, hint, positionIn: context.positionIn }),
        ];
      return [createIssue('field-value', at, { value: show(value), hint })];
    default:
      return [createIssue('field-value', at, { value: show(value), hint })];
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return (
    path
      .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`))
      .join('') || 'frontmatter'
  );
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

function show(value: unknown): string {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '无效日期' : value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

function describe(value: unknown): string {
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return `${typeNames[type] ?? type}「${show(value)}」`;
}

/** The known key a typo most likely meant (`hour` → `hours`), if any is close enough. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const scored = known.map((candidate) => ({
    candidate,
    distance: editDistance(key.toLowerCase(), candidate.toLowerCase()),
  }));
  const best = scored.sort((a, b) => a.distance - b.distance)[0];
  return best && best.distance <= Math.max(1, Math.floor(key.length / 3)) ? best.candidate : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}
