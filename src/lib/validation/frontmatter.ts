import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A YAML document with enough position data to point at any field. */
export interface LocatedYaml {
  data: unknown;
  /** 1-based line in the whole file of the node at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
  errors: { line: number; column: number; code: string; message: string }[];
}

/**
 * Parses YAML that starts at `firstLine` of a file, keeping positions so that schema errors
 * can name the line a lecturer has to fix.
 */
export function parseLocatedYaml(source: string, firstLine = 1): LocatedYaml {
  const lineCounter = new LineCounter();
  // `uniqueKeys` makes a repeated key an error instead of silently keeping the last value.
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    lineOf: (path) => toLine(offsetOf(doc, path)),
    errors: doc.errors.map((error) => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return { line: line + firstLine - 1, column: col, code: error.code, message: error.message };
    }),
  };
}

/** Offset of the deepest node along `path`: the key for a map entry, the item for a list. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => String((item.key as { value?: unknown })?.value) === String(segment),
      );
      if (!pair) break;
      offset = (pair.key as { range?: [number, number, number] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      const item = node.items[segment] as { range?: [number, number, number] };
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

/** The parts of an MDX file: frontmatter text, where it starts, and the body after it. */
export interface SplitSource {
  frontmatter: string | undefined;
  /** 1-based line of the first frontmatter line (the one after `---`). */
  frontmatterLine: number;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

export function splitFrontmatter(text: string): SplitSource {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { frontmatter: undefined, frontmatterLine: 1, body: text, bodyLine: 1 };
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return {
    frontmatter: match[1] ?? '',
    frontmatterLine: 2,
    body: text.slice(match[0].length),
    bodyLine,
  };
}
