/**
 * What a `{…}` prop in an MDX body evaluates to, found without running it. The body policy allows
 * only values that can be known this way (text, numbers, true/false, lists and records of them),
 * and the URL policy judges what a link or image would really receive, whatever its spelling:
 * `{"javascript:…"}`, `` {`javascript:…`} ``, `{"java" + "script:…"}` or `{["javascript:…"]}`.
 */

/** The parts of an ESTree expression the evaluator reads. */
export interface EsNode {
  type: string;
  value?: unknown;
  regex?: unknown;
  bigint?: unknown;
  operator?: string;
  argument?: EsNode;
  left?: EsNode;
  right?: EsNode;
  computed?: boolean;
  kind?: string;
  method?: boolean;
  shorthand?: boolean;
  key?: EsNode & { name?: string };
  expression?: EsNode;
  expressions?: EsNode[];
  quasis?: { value: { cooked?: string | null } }[];
  elements?: (EsNode | null)[];
  properties?: EsNode[];
  source?: { value?: unknown };
  loc?: { start: { line: number; column: number } };
}

export type StaticValue = string | number | boolean | null | StaticValue[] | { [key: string]: StaticValue };

/** Marks a value that only running the code would tell: an identifier, a call, a `${}`. */
export const UNKNOWN = Symbol('unknown');

/** The value of an expression made only of constants, or `UNKNOWN`. */
export function staticValue(node: EsNode | null | undefined): StaticValue | typeof UNKNOWN {
  if (!node) return null; // a hole in an array reads as empty
  switch (node.type) {
    case 'Literal':
      // A regular expression or a BigInt is code-shaped; no prop needs one.
      if (node.regex !== undefined || node.bigint !== undefined) return UNKNOWN;
      return node.value as string | number | boolean | null;
    case 'TemplateLiteral':
      return node.expressions?.length === 0 ? (node.quasis?.[0]?.value.cooked ?? UNKNOWN) : UNKNOWN;
    case 'UnaryExpression':
      return node.operator === '-' &&
        node.argument?.type === 'Literal' &&
        typeof node.argument.value === 'number'
        ? -node.argument.value
        : UNKNOWN;
    case 'BinaryExpression':
      return concatenation(node);
    case 'ArrayExpression':
      return listOf(node.elements ?? []);
    case 'ObjectExpression':
      return recordOf(node.properties ?? []);
    default:
      return UNKNOWN;
  }
}

/** `"a" + "b"` and `"a" + 1`: the one operator that builds text from constants. */
function concatenation(node: EsNode): StaticValue | typeof UNKNOWN {
  if (node.operator !== '+') return UNKNOWN;
  const left = staticValue(node.left);
  const right = staticValue(node.right);
  const simple = (value: unknown) => typeof value === 'string' || typeof value === 'number';
  if (!simple(left) || !simple(right)) return UNKNOWN;
  return typeof left === 'number' && typeof right === 'number' ? left + right : `${left}${right}`;
}

function listOf(elements: (EsNode | null)[]): StaticValue[] | typeof UNKNOWN {
  const values: StaticValue[] = [];
  for (const element of elements) {
    const value = element?.type === 'SpreadElement' ? UNKNOWN : staticValue(element);
    if (value === UNKNOWN) return UNKNOWN;
    values.push(value);
  }
  return values;
}

function recordOf(properties: EsNode[]): Record<string, StaticValue> | typeof UNKNOWN {
  // No prototype, so a `__proto__` key is just a key.
  const record: Record<string, StaticValue> = Object.create(null);
  for (const property of properties) {
    const plain =
      property.type === 'Property' && !property.computed && !property.method && property.kind === 'init';
    const key = property.key?.type === 'Identifier' ? property.key.name : property.key?.value;
    const value = plain ? staticValue(property.value as EsNode) : UNKNOWN;
    if (value === UNKNOWN || key === undefined) return UNKNOWN;
    record[String(key)] = value;
  }
  return record;
}

/**
 * Every piece of text a value would put into an attribute: the text itself, and for a list also
 * the comma-joined form that `String([…])` renders, so no spelling hides a URL from its judge.
 */
export function textsOf(value: StaticValue): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return [String(value), ...value.flatMap(textsOf)];
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

/**
 * What a JSX attribute (as parse-mdx.ts gives it) puts on the page: its text, the constant its
 * `{…}` stands for, `true` when it has no value (`<details open>`), or `UNKNOWN`.
 */
export function attributeValue(attribute: { value?: unknown }): StaticValue | typeof UNKNOWN {
  const value = attribute.value as string | null | undefined | { data?: { estree?: { body?: EsNode[] } } };
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const [statement, ...more] = value.data?.estree?.body ?? [];
  return statement?.type === 'ExpressionStatement' && more.length === 0
    ? staticValue(statement.expression)
    : UNKNOWN;
}
