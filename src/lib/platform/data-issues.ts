/**
 * Zod's findings on a data file a secretary or organizer imports (a ledger backup, a report
 * file), in Chinese: where in the file (the JSON path, which a helper can open the file at) and
 * what is wrong. A secretary only needs to know the file is refused and
 * that nothing changed; the detail is for whoever repairs the file.
 */
import type { z } from 'astro/zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是/否',
  object: '对象',
  array: '列表',
  record: '对象',
  undefined: '不填',
  null: '空值',
  literal: '固定值',
  enum: '固定值',
};
const typeName = (name: unknown) => TYPE_NAMES[String(name)] ?? String(name);

/** `ledger.roster[3].name`, or `文件顶层` for the root. */
export function issuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '文件顶层';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
    .join('');
}

/** The value at `path` in the file, to tell a missing field from one of the wrong type. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path)
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function describe(issue: z.core.$ZodIssue, data: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(data, issue.path) === undefined ? '缺少这一项' : `应为${typeName(issue.expected)}`;
    case 'too_big':
      return `超出上限（最多 ${String(issue.maximum)}）`;
    case 'too_small':
      return `低于下限（至少 ${String(issue.minimum)}）`;
    case 'invalid_format':
      return '格式不对';
    case 'invalid_value':
      return `只能是 ${issue.values.map((v) => JSON.stringify(v)).join('、')}`;
    case 'unrecognized_keys':
      return `有台账不认识的项：${issue.keys.join('、')}`;
    default:
      return '内容不符合台账的格式';
  }
}

/** One line per finding; `label` names the file (the report file shares these messages). */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  label = '备份文件',
): string[] {
  return issues.map((issue) => `${label} ${issuePath(issue.path)}：${describe(issue, data)}。`);
}
