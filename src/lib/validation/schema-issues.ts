import type { z } from 'astro/zod';
import type { ContentIssue } from './issue.ts';
import { fieldHints, messages, typeNames } from './messages.ts';

/** Where a schema issue happened, so it can be turned into a located, Chinese message. */
export interface SchemaIssueContext {
  file: string;
  lineOf: (path: readonly PropertyKey[]) => number;
  data: unknown;
  /** Keys the schema accepts, listed when a lecturer mistypes a field name. */
  knownKeys: readonly string[];
}

/** Translates zod issues into located Chinese messages with the English field name. */
export function toContentIssues(error: z.ZodError, context: SchemaIssueContext): ContentIssue[] {
  return error.issues.flatMap((issue) => fromZodIssue(issue, context));
}

function fromZodIssue(issue: z.core.$ZodIssue, context: SchemaIssueContext): ContentIssue[] {
  const path = issue.path;
  const field = formatPath(path);
  const base = { file: context.file, line: context.lineOf(path), field, severity: 'error' as const };
  const value = valueAt(context.data, path);
  const hint = fieldHints[String(path[0])];

  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        return [{ ...base, code: 'field-missing', message: messages.fieldMissing(), allowed: hint }];
      }
      return [
        {
          ...base,
          code: 'field-type',
          message: messages.fieldType(typeNames[issue.expected] ?? issue.expected, describe(value)),
          allowed: hint,
        },
      ];
    }
    case 'invalid_value':
      return [
        {
          ...base,
          code: 'field-value',
          message: messages.fieldValue(show(value)),
          allowed: issue.values.map(String).join(', '),
        },
      ];
    case 'invalid_format':
      return [{ ...base, code: 'field-format', message: messages.fieldFormat(show(value)), allowed: hint }];
    case 'too_small':
      return [{ ...base, code: 'field-too-small', message: tooSmallMessage(issue, value), allowed: hint }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        ...base,
        line: context.lineOf([...path, key]),
        field: formatPath([...path, key]),
        code: 'field-unknown' as const,
        message: messages.fieldUnknown(key, closestKey(key, context.knownKeys)),
        allowed: context.knownKeys.join(', '),
      }));
    case 'custom':
      if (issue.params?.calendarDate) {
        return [
          {
            ...base,
            code: 'date-invalid',
            message: messages.dateInvalid(show(value)),
            allowed: fieldHints.updated,
          },
        ];
      }
      return [{ ...base, code: 'field-value', message: messages.fieldValue(show(value)), allowed: hint }];
    default:
      return [{ ...base, code: 'field-value', message: messages.fieldValue(show(value)), allowed: hint }];
  }
}

function tooSmallMessage(issue: z.core.$ZodIssueTooSmall, value: unknown): string {
  if (issue.origin === 'array') return messages.listTooShort(Number(issue.minimum));
  if (issue.origin === 'string') return messages.textEmpty();
  if (issue.minimum === 0 && !issue.inclusive) return messages.numberNotPositive(show(value));
  return messages.numberTooSmall(Number(issue.minimum));
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
function closestKey(key: string, known: readonly string[]): string | undefined {
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
