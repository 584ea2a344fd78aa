/**
 * A module body rendered to HTML in one call, without compiling it to a JavaScript module. Astro
 * compiles every `.mdx` file to its own module, bundles it and runs it for each page: at 2,000
 * modules that was most of the build (docs/performance.md, "Where 2,000 modules spend the build").
 * Lesson bodies need none of it: after the content check they hold Markdown, the lesson
 * components with constant props, and a short list of plain HTML elements. So they are parsed by
 * satteri, the processor that compiles them as MDX (same plugins, same features, same heading
 * ids), and the components and elements are turned into HTML here.
 *
 * Anything else (an image, whose file Astro must process; an import; a plugin that runs
 * asynchronously) returns `undefined`, and that body is compiled as MDX as before.
 */
import {
  satteriCollectImagesPlugin,
  satteriHeadingIdsPlugin,
  type SatteriResolvedOptions,
} from '@astrojs/markdown-satteri';
import { parse } from 'acorn';
import { hastToHtml, mdxToHast, type HastNode } from 'satteri';
import { ALLOWED_ELEMENTS, GLOBAL_ATTRIBUTES } from '../content/body-policy.ts';
import { parserFeatures } from '../content/markdown/site-markdown.ts';
import { staticValue, UNKNOWN, type EsNode, type StaticValue } from '../content/validation/static-value.ts';
import { LESSON_COMPONENTS, type LessonEdition } from './lesson-components.ts';

/** A heading of the body, for the page's table of contents (what Astro's `render()` returns). */
export interface LessonHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedLesson {
  html: string;
  headings: LessonHeading[];
}

/** What a body is rendered with: a processor's plugins and features (the configured one, or the site's own for print), and the file its plugins are told of. */
export interface LessonSource {
  processor: SatteriResolvedOptions;
  fileURL: URL;
}

/** Thrown inside the walk when a body holds what only the MDX compiler renders. */
class NeedsMdx extends Error {}

/** The body as HTML for one edition, or `undefined` when it must be compiled as MDX. */
export function renderLesson(
  body: string,
  edition: LessonEdition,
  source: LessonSource,
): RenderedLesson | undefined {
  const astro = {
    frontmatter: {},
    headings: [],
    localImagePaths: new Set<string>(),
    remoteImagePaths: new Set<string>(),
  };
  const { processor, fileURL } = source;
  const tree = mdxToHast(body, {
    // The plugins and features the MDX compiler runs (@astrojs/markdown-satteri's MDX processor),
    // Starlight's among them; images are collected only to hand such bodies back.
    mdastPlugins: [...processor.mdastPlugins, satteriCollectImagesPlugin()],
    hastPlugins: [...processor.hastPlugins, satteriHeadingIdsPlugin()],
    features: parserFeatures(processor),
    fileURL,
    position: false,
    data: { astro },
  });
  // A plugin that works asynchronously is the MDX compiler's to await; its promise is let go.
  if (tree instanceof Promise) return void tree.catch(() => undefined);
  if (astro.localImagePaths.size > 0 || astro.remoteImagePaths.size > 0) return undefined;
  try {
    const html = hastToHtml(toHtmlNodes(tree as Node, LESSON_COMPONENTS[edition]));
    return { html, headings: astro.headings as LessonHeading[] };
  } catch (error) {
    if (error instanceof NeedsMdx) return undefined;
    throw error;
  }
}

type Components = (typeof LESSON_COMPONENTS)[LessonEdition];
type Node = HastNode & { children?: Node[]; name?: string | null; value?: unknown; attributes?: Attribute[] };
interface Attribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** The tree with every MDX node replaced by what it renders: elements, text or raw HTML. */
function toHtmlNodes(node: Node, components: Components): Node[] {
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return jsxElement(node, components);
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [expression(String(node.value ?? ''))];
    case 'mdxjsEsm':
      throw new NeedsMdx();
    case 'element':
      if ((node as { tagName?: string }).tagName === 'img') throw new NeedsMdx();
  }
  return [node.children ? ({ ...node, children: childrenOf(node, components) } as Node) : node];
}

function childrenOf(node: Node, components: Components): Node[] {
  return (node.children ?? []).flatMap((child) => toHtmlNodes(child, components));
}

function jsxElement(node: Node, components: Components): Node[] {
  const name = node.name;
  const children = childrenOf(node, components);
  // A fragment `<>…</>` renders its children.
  if (!name) return children;
  const props = propsOf(node.attributes ?? []);
  if (name in components) {
    const render = components[name as keyof Components];
    return [{ type: 'raw', value: render(props, hastToHtml(children)) } as Node];
  }
  // Starlight's asides carry their icon as a `set:html` fragment (lecturers cannot write one:
  // the body policy refuses both the component and the prop).
  if (name === 'Fragment' && typeof props['set:html'] === 'string')
    return [{ type: 'raw', value: props['set:html'] } as Node];
  if (!(name in ALLOWED_ELEMENTS) || name === 'img') throw new NeedsMdx();
  const allowed: readonly string[] = [
    ...ALLOWED_ELEMENTS[name as keyof typeof ALLOWED_ELEMENTS],
    ...GLOBAL_ATTRIBUTES,
  ];
  const properties: Record<string, string | boolean | number> = {};
  for (const [key, value] of Object.entries(props)) {
    if (!allowed.includes(key)) throw new NeedsMdx();
    // As the JSX runtime renders them: `false` and `null` leave the attribute out.
    if (value === true || typeof value === 'string' || typeof value === 'number') properties[key] = value;
    else if (value !== false && value !== null) throw new NeedsMdx();
  }
  return [{ type: 'element', tagName: name, properties, children } as unknown as Node];
}

/** Props as the body writes them: text, a bare name (`true`), or a constant `{…}`. */
function propsOf(attributes: Attribute[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) throw new NeedsMdx();
    const { value } = attribute;
    props[attribute.name] =
      value === null || value === undefined
        ? true
        : typeof value === 'string'
          ? value
          : constant(value.value);
  }
  return props;
}

/** A `{…}` in running text: a comment renders nothing, a constant its text (as JSX renders it). */
function expression(source: string): Node {
  const statements = parseProgram(source);
  if (statements.length === 0) return { type: 'text', value: '' } as Node;
  const [statement] = statements;
  const value =
    statements.length === 1 && statement!.type === 'ExpressionStatement'
      ? staticValue(statement!.expression)
      : UNKNOWN;
  if (typeof value === 'string' || typeof value === 'number')
    return { type: 'text', value: String(value) } as Node;
  if (value === true || value === false || value === null) return { type: 'text', value: '' } as Node;
  throw new NeedsMdx();
}

function constant(source: string): StaticValue {
  const statements = parseProgram(`(${source})`);
  const value = statements.length === 1 ? staticValue(statements[0]!.expression) : UNKNOWN;
  if (value === UNKNOWN) throw new NeedsMdx();
  return value;
}

function parseProgram(source: string): EsNode[] {
  try {
    return (parse(source, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as { body: EsNode[] })
      .body;
  } catch {
    throw new NeedsMdx();
  }
}
