/**
 * Parses an MDX body for the checker with the parser the site compiles it with: satteri, under the
 * site's Markdown options (astro.config.mjs configures the satteri processor for .md and .mdx, and
 * lessons/render-lesson.ts stores bodies through it too). The checker therefore judges the very
 * tree the site renders, never a second parser's reading of it, and parses a body in a tenth of
 * the time remark took (500 bodies: 59 ms against 700–1,200 ms).
 *
 * satteri checks `{…}` expressions but leaves their code as text, and does not read `import`
 * lines at all; the body policy reads code as ESTree, so each is parsed here with acorn, as
 * remark-mdx did: an expression with `parseExpressionAt` (a comment alone is an empty program),
 * an `import`/`export` block as a module.
 */
import { parse, parseExpressionAt, type Options } from 'acorn';
import { mdxToMdast } from 'satteri';
import { parserFeatures, siteMarkdownOptions } from '../markdown/site-markdown.ts';
import type { MdxNode } from './body-outline.ts';

/** A place in the body, counted from its first line, as the parser reports it. */
export interface BodyPlace {
  line: number;
  column: number;
}

/**
 * Why a body does not parse: where, what the parser said, and its rule name when it gave one
 * (`acorn` for the code in a `{…}`, `esm` for an `import` or `export` line).
 */
export interface MdxSyntaxError {
  place: BodyPlace | undefined;
  reason: string;
  ruleId: string | undefined;
}

export type ParsedMdx = { tree: MdxNode; error?: undefined } | { tree?: undefined; error: MdxSyntaxError };

const ACORN: Options = { ecmaVersion: 'latest', sourceType: 'module', locations: true };

/** The body as an mdast tree whose code carries `data.estree`, or the first syntax error. */
export function parseMdx(body: string): ParsedMdx {
  let tree: MdxNode;
  try {
    tree = mdxToMdast(body, { features: parserFeatures(siteMarkdownOptions()) }) as unknown as MdxNode;
  } catch (error) {
    return { error: satteriError(String((error as Error).message ?? error)) };
  }
  try {
    attachEstree(tree);
  } catch (error) {
    if (error instanceof CodeError) return { error: error.syntax };
    throw error;
  }
  return { tree };
}

/** satteri reports `line:column: reason (source:rule)`. */
function satteriError(message: string): MdxSyntaxError {
  const match = /^(\d+):(\d+): ([\s\S]*?)(?: \(([\w-]+):([\w-]+)\))?$/.exec(message);
  if (!match) return { place: undefined, reason: message, ruleId: undefined };
  const [, line, column, reason, , rule] = match;
  // Its expression errors come from its own JavaScript parser; name them as acorn's are named.
  const ruleId = reason!.startsWith('Could not parse expression') ? 'acorn' : rule;
  return { place: { line: Number(line), column: Number(column) }, reason: reason!, ruleId };
}

/** A `{…}` or `import` whose code does not parse, thrown out of the walk. */
class CodeError extends Error {
  readonly syntax: MdxSyntaxError;
  constructor(syntax: MdxSyntaxError) {
    super(syntax.reason);
    this.syntax = syntax;
  }
}

function attachEstree(node: MdxNode): void {
  switch (node.type) {
    case 'mdxjsEsm':
      node.data = { ...node.data, estree: moduleEstree(node) };
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      node.data = { ...node.data, estree: expressionEstree(String(node.value ?? ''), node, true) };
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      for (const attribute of node.attributes ?? []) {
        const value = attribute.value as { type?: string; value?: string; data?: object } | null | undefined;
        if (value && typeof value === 'object' && value.type === 'mdxJsxAttributeValueExpression') {
          value.data = { ...value.data, estree: expressionEstree(value.value ?? '', node, false) };
        }
      }
  }
  for (const child of node.children ?? []) attachEstree(child);
}

type Estree = NonNullable<NonNullable<MdxNode['data']>['estree']>;

/** `import`/`export` lines, with statement positions counted from the body's first line. */
function moduleEstree(node: MdxNode): Estree {
  const line = node.position?.start.line ?? 1;
  // Blank lines before the code make acorn count lines as the body does.
  const source = '\n'.repeat(line - 1) + String(node.value ?? '');
  try {
    return parse(source, ACORN) as unknown as Estree;
  } catch (error) {
    throw new CodeError({ ...acornError(error, { line: 1, column: 1 }), ruleId: 'esm' });
  }
}

/**
 * One expression, as a program of one statement; a `{…}` in running text may hold only a
 * comment (an empty program), a prop's value may not.
 */
function expressionEstree(code: string, node: MdxNode, allowEmpty: boolean): Estree {
  const start = node.position?.start;
  const at = { line: start?.line ?? 1, column: start?.column ?? 1 };
  if (isBlank(code)) {
    if (allowEmpty) return { type: 'Program', body: [] } as unknown as Estree;
    throw new CodeError({ place: at, reason: 'Unexpected empty expression', ruleId: 'acorn' });
  }
  try {
    const expression = parseExpressionAt(code, 0, ACORN);
    if (!isBlank(code.slice(expression.end))) {
      throw new CodeError({ place: at, reason: 'Unexpected content after expression', ruleId: 'acorn' });
    }
    return { type: 'Program', body: [{ type: 'ExpressionStatement', expression }] } as unknown as Estree;
  } catch (error) {
    if (error instanceof CodeError) throw error;
    // The code starts after the `{` of an expression; a prop's own place is not kept, so its
    // element's is named.
    throw new CodeError(acornError(error, allowEmpty ? { line: at.line, column: at.column + 1 } : at));
  }
}

/** Only whitespace and comments. */
function isBlank(code: string): boolean {
  return code.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').trim() === '';
}

/** acorn's message without its `(line:column)` suffix, placed in the body; `origin` is where the code starts. */
function acornError(error: unknown, origin: BodyPlace): MdxSyntaxError {
  const { message, loc } = error as { message?: string; loc?: BodyPlace };
  const reason = String(message ?? error).replace(/ \(\d+:\d+\)$/, '');
  const place = loc
    ? loc.line === 1
      ? { line: origin.line, column: origin.column + loc.column }
      : { line: origin.line + loc.line - 1, column: loc.column + 1 }
    : origin;
  return { place, reason, ruleId: 'acorn' };
}
