import { isAlias, isMap, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { createIssue, type ContentIssue } from '../validation/issue.ts';

/** A YAML document with enough position data to point at any field. */
export interface LocatedYaml {
  /** The parsed value; undefined when the text has syntax errors. */
  data: unknown;
  /** 1-based line in the whole file of the node at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
  /** One `yaml-syntax` issue per line with a syntax error, in Chinese where the slip is a common one. */
  issues: ContentIssue[];
}

/**
 * Parses YAML that starts at `firstLine` of `file` (a module's frontmatter starts on line 2),
 * keeping positions so that schema errors can name the line a lecturer has to fix. `field`
 * names the whole document in syntax errors (`frontmatter`, `settings`, `groups`).
 */
export function readLocatedYaml(
  { file, text }: { file: string; text: string },
  { field, firstLine = 1 }: { field: string; firstLine?: number },
): LocatedYaml {
  const lineCounter = new LineCounter();
  // `uniqueKeys` makes a repeated key an error instead of silently keeping the last value.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((error) => ({ ...lineCounter.linePos(error.pos[0]), error }));
  const refused = refusedNodes(doc);
  const aliases = refused.filter(({ tag }) => tag === undefined);
  const refusedIssues = [
    ...refused.flatMap(({ offset, tag }) =>
      tag === undefined ? [] : [createIssue('yaml-tag', { file, line: toLine(offset), field }, { tag })],
    ),
    // Once, at the first: a bomb has hundreds, and one fix (write values out) removes them all.
    ...aliases
      .slice(0, 1)
      .map(({ offset }) =>
        createIssue('yaml-alias', { file, line: toLine(offset), field }, { count: aliases.length }),
      ),
  ];

  // One message per line: the YAML parser often reports the same slip twice.
  const firstPerLine = errors.filter((error, i) => errors.findIndex((e) => e.line === error.line) === i);
  return {
    // Never expanded when refused: an alias bomb of a few lines would take the checker down.
    data: doc.errors.length || refusedIssues.length ? undefined : doc.toJS(),
    lineOf: (path) => toLine(offsetOf(doc, path)),
    issues: [
      ...firstPerLine.map(({ line, col, error }) =>
        createIssue(
          'yaml-syntax',
          { file, line: line + firstLine - 1, column: col, field },
          { detail: explainYaml(error.code, error.message) },
        ),
      ),
      ...refusedIssues,
    ],
  };
}

/**
 * Explicit tags (`!!js/function`, `!foo`) and anchors or aliases (`&a`, `*a`), which plain
 * content never needs: Astro's YAML reader dies on unknown tags, and aliases can expand a few
 * lines into gigabytes. Listed once per place; `tag` is undefined for an anchor or alias.
 */
function refusedNodes(doc: Document): { offset: number; tag?: string | undefined }[] {
  const found: { offset: number; tag?: string | undefined }[] = [];
  visit(doc, {
    Node(_key, node) {
      const offset = node.range?.[0] ?? 0;
      if (isAlias(node) || node.anchor) found.push({ offset });
      else if (node.tag) found.push({ offset, tag: node.tag.replace(/^tag:yaml\.org,2002:/, '!!') });
    },
  });
  return found;
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

/** Chinese wording for the YAML errors lecturers cause most often. */
function explainYaml(code: string, message: string): string {
  const known: Record<string, string> = {
    BAD_INDENT: '缩进不正确',
    DUPLICATE_KEY: '同一个字段写了两次',
    MISSING_CHAR: '缺少配对的引号或括号',
    BLOCK_AS_IMPLICIT_KEY: '冒号位置不对，可能少了空格或引号',
    MULTILINE_IMPLICIT_KEY: '一个字段跨了多行，可能少了冒号或引号',
    UNEXPECTED_TOKEN: '出现了意外的符号',
    TAB_AS_INDENT: '不能用 Tab 缩进，请用空格',
  };
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
  return known[code] ? `${known[code]}（${first}）` : first;
}
