/**
 * The self-checks of a module body, read from its MDX source, so a printed pack can end with an
 * answer key: on paper there is no "查看答案" to open. The body is read as the checker reads it
 * (`parseMdx`, the site's own parser) and props as the page renders them (`attributeValue`:
 * constants only, `"甲" + "乙"` included); a question whose props only running code would tell
 * is skipped rather than guessed.
 */
import { parseMdx } from '../content/validation/parse-mdx.ts';
import { visit, type MdxNode } from '../content/validation/body-outline.ts';
import { attributeValue, UNKNOWN } from '../content/validation/static-value.ts';
import type { SelfCheckQuestion } from '../packs/print/self-check.ts';

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

function propsOf(node: MdxNode): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const value = attributeValue(attribute);
    if (value !== UNKNOWN) props[attribute.name] = value;
  }
  return props;
}

// Saves parsing a body again for its path pack; a render thread without the entry parses it
// itself and gets the same questions (pages may render on several threads, parallelPrerender).
const cache = new Map<string, SelfCheckQuestion[]>();

/** Every `<SelfCheck>` in the body, in reading order; a body that does not parse has none. */
export function selfChecksIn(body: string): SelfCheckQuestion[] {
  const known = cache.get(body);
  if (known) return known;
  const found: SelfCheckQuestion[] = [];
  // A body that does not parse: the content check reports it, and the build stops before any
  // pack is printed.
  const { tree } = parseMdx(body);
  if (tree) {
    visit(tree, (node) => {
      if (!node.type.startsWith('mdxJsx') || node.name !== 'SelfCheck') return;
      const question = toQuestion(propsOf(node));
      if (question) found.push(question);
    });
  }
  cache.set(body, found);
  return found;
}
