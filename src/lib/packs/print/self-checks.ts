/**
 * The self-checks of a module body, read from its MDX source, so a printed pack can end with an
 * answer key: on paper there is no "查看答案" to open. Only literal props count (strings, numbers,
 * arrays of strings), which is how lecturers write them; anything computed is skipped rather than
 * guessed.
 */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { SelfCheckQuestion } from './self-check.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

interface EstreeNode {
  type: string;
  value?: unknown;
  expression?: EstreeNode;
  elements?: (EstreeNode | null)[];
  quasis?: { value: { cooked?: string | null } }[];
  expressions?: unknown[];
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: JsxNode[];
}

/** The value of a literal expression (`2`, `"a"`, `["a", "b"]`, a template without `${}`). */
function literal(node: EstreeNode | null | undefined): unknown {
  switch (node?.type) {
    case 'ExpressionStatement':
      return literal(node.expression);
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      return node.expressions?.length ? undefined : node.quasis?.[0]?.value.cooked;
    case 'ArrayExpression':
      return node.elements?.map(literal);
    default:
      return undefined;
  }
}

function attributeValue(value: unknown): unknown {
  if (typeof value === 'string' || value === null || value === undefined) return value ?? undefined;
  const estree = (value as { data?: { estree?: { body: EstreeNode[] } } }).data?.estree;
  return estree?.body.length === 1 ? literal(estree.body[0]) : undefined;
}

function toQuestion(props: Record<string, unknown>): SelfCheckQuestion | undefined {
  const { question, options, answer, explanation } = props;
  const valid =
    typeof question === 'string' &&
    Array.isArray(options) &&
    options.every((option) => typeof option === 'string') &&
    typeof answer === 'number';
  if (!valid) return undefined;
  return {
    question,
    options: options as string[],
    answer,
    explanation: typeof explanation === 'string' ? explanation : undefined,
  };
}

// Saves parsing a body again for its path pack; a render thread without the entry parses it
// itself and gets the same questions (pages may render on several threads, parallelPrerender).
const cache = new Map<string, SelfCheckQuestion[]>();

/** Every `<SelfCheck>` in the body, in reading order; a body that does not parse has none. */
export function selfChecksIn(body: string): SelfCheckQuestion[] {
  const known = cache.get(body);
  if (known) return known;
  const found: SelfCheckQuestion[] = [];
  let tree: JsxNode;
  try {
    tree = parser.parse(body) as JsxNode;
  } catch {
    // The content check reports the syntax error; the build stops before any pack is printed.
    return found;
  }
  const walk = (node: JsxNode) => {
    if (node.type.startsWith('mdxJsx') && node.name === 'SelfCheck') {
      const props = Object.fromEntries(
        (node.attributes ?? []).flatMap((attribute) =>
          attribute.type === 'mdxJsxAttribute' && attribute.name
            ? [[attribute.name, attributeValue(attribute.value)]]
            : [],
        ),
      );
      const question = toQuestion(props);
      if (question) found.push(question);
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  cache.set(body, found);
  return found;
}
