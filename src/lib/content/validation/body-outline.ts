import GithubSlugger from 'github-slugger';
import { attributeValue, UNKNOWN } from './static-value.ts';

/** The parts of an mdast/MDX tree the outline reads. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  alt?: string | null;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number; column: number } };
  data?: { estree?: { body: { type: string; specifiers?: { local: { name: string } }[] }[] } };
}

/** A link or image as written, with its place in the file. */
export interface BodyReference {
  url: string;
  line: number;
  column: number;
  /** `markdown` for `[…](…)` and `![…](…)`, `jsx` for `<a href>` and `<img src>`, as text or `{…}`. */
  syntax: 'markdown' | 'jsx';
}

export interface BodyImage extends BodyReference {
  /** Undefined when an `<img>` has no alt attribute or sets it with an expression. */
  alt: string | undefined;
}

/** What other modules can link to and what this one links to. */
export interface BodyOutline {
  /** Heading ids in page order, computed as Astro renders them (github-slugger over the text). */
  anchors: string[];
  links: BodyReference[];
  images: BodyImage[];
}

/** Collects headings, links and images from a parsed body; `bodyLine` offsets positions. */
export function outlineBody(tree: MdxNode, bodyLine: number): BodyOutline {
  // One slugger for the page, so a repeated heading gets `-1`, `-2` exactly as on the site.
  const slugger = new GithubSlugger();
  const outline: BodyOutline = { anchors: [], links: [], images: [] };
  const place = (node: MdxNode) => ({
    line: (node.position?.start.line ?? 1) + bodyLine - 1,
    column: node.position?.start.column ?? 1,
  });
  visitWithContext(tree, false, (node, inNote) => {
    switch (node.type) {
      case 'heading': {
        // Ids are given at compile time, so a heading inside <LecturerNote> still takes its number
        // (the next `导入` becomes `导入-1`), but its anchor is not on the member page.
        const anchor = slugger.slug(textOf(node));
        if (!inNote) outline.anchors.push(anchor);
        break;
      }
      case 'link':
      case 'definition':
        outline.links.push({ url: node.url ?? '', syntax: 'markdown', ...place(node) });
        break;
      case 'image':
        outline.images.push({ url: node.url ?? '', alt: node.alt ?? '', syntax: 'markdown', ...place(node) });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const href = node.name === 'a' ? literalAttribute(node, 'href') : undefined;
        if (href !== undefined) outline.links.push({ url: href, syntax: 'jsx', ...place(node) });
        const src = node.name === 'img' ? literalAttribute(node, 'src') : undefined;
        if (src !== undefined) {
          outline.images.push({
            url: src,
            alt: literalAttribute(node, 'alt'),
            syntax: 'jsx',
            ...place(node),
          });
        }
      }
    }
  });
  return outline;
}

/** A heading's plain text as mdast-util-to-string gives it: text, code and image alt, no markup. */
function textOf(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  if (node.type === 'image') return node.alt ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/**
 * The text a JSX attribute puts on the page, whether written `href="…"` or as a constant
 * `href={"…"}`, `` {`…`} ``, `{"…" + "…"}` or `{["…"]}` (a list renders comma-joined). A value
 * only running code would tell is the body policy's to refuse, so it is left out here.
 */
function literalAttribute(node: MdxNode, name: string): string | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute) return undefined;
  const value = attributeValue(attribute);
  if (value === UNKNOWN || value === null || typeof value === 'boolean') return undefined;
  return typeof value === 'object' && !Array.isArray(value) ? undefined : String(value);
}

export function visit(node: MdxNode, callback: (node: MdxNode) => void): void {
  visitWithContext(node, false, callback);
}

/** Like `visit`, also telling whether the node sits inside a <LecturerNote> (absent from member pages). */
function visitWithContext(
  node: MdxNode,
  inNote: boolean,
  callback: (node: MdxNode, inNote: boolean) => void,
) {
  callback(node, inNote);
  const entersNote = inNote || (node.type === 'mdxJsxFlowElement' && node.name === 'LecturerNote');
  for (const child of node.children ?? []) visitWithContext(child, entersNote, callback);
}
