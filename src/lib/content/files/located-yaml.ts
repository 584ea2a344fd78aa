import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { createIssue, type ContentIssue } from '../validation/issue.ts';

/**
 * The most YAML the checker parses from one file or frontmatter, in KB. The largest shipped file
 * (a plan) has 17 KB; a few MB of YAML take seconds to parse and build a huge tree, so past this
 * the file is reported at its first line and never parsed.
 */
export const YAML_SIZE_LIMIT_KB = 256;

/** A YAML document with enough position data to point at any field. */
export interface LocatedYaml {
  /** The parsed value; undefined when the text has syntax errors. */
  data: unknown;
  /** 1-based line in the whole file of the node at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
  /** One `yaml-syntax` issue per line with a syntax error, in Chinese where the slip is a common one. */
  issues: ContentIssue[];
  /**
   * Line and 1-based column of the first `needle` written literally in the value at `path`, or
   * undefined when the value spells it as an escape (`"\u202E"`) or the path does not exist.
   */
  positionIn(path: readonly PropertyKey[], needle: string): { line: number; column: number } | undefined;
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
  const kb = Math.ceil(Buffer.byteLength(text, 'utf8') / 1024);
  if (kb > YAML_SIZE_LIMIT_KB) {
    const at = { file, line: firstLine, field };
    const issue = createIssue('yaml-too-large', at, { kb, limit: YAML_SIZE_LIMIT_KB });
    return { data: undefined, lineOf: () => firstLine, issues: [issue], positionIn: () => undefined };
  }
  const lineCounter = new LineCounter();
  // The parser's own `uniqueKeys` compares every key with every other (20,000 keys took half a
  // minute), so repeated keys are found here, in one pass, and made errors all the same.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const { refused, repeated } = scanNodes(doc);
  const syntaxErrors = [
    ...doc.errors.map(({ pos, code, message }) => ({ offset: pos[0], code, message })),
    ...repeated.map((offset) => ({ offset, code: 'DUPLICATE_KEY', message: 'Map keys must be unique' })),
  ];
  const errors = syntaxErrors.map((error) => ({ ...lineCounter.linePos(error.offset), error }));
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
  const lines = new Set<number>();
  const firstPerLine = errors.filter(({ line }) => !lines.has(line) && lines.add(line));
  return {
    // Never expanded when refused: an alias bomb of a few lines would take the checker down.
    data: errors.length || refusedIssues.length ? undefined : doc.toJS(),
    lineOf: (path) => toLine(nodeAt(doc, path).offset),
    positionIn: (path, needle) => {
      const { node, complete } = nodeAt(doc, path);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (!complete || !range) return undefined;
      const found = text.slice(range[0], range[1]).indexOf(needle);
      if (found < 0) return undefined;
      const { line, col } = lineCounter.linePos(range[0] + found);
      return { line: line + firstLine - 1, column: col };
    },
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
 * `repeated` holds the offset of every key written a second time in the same map.
 */
function scanNodes(doc: Document): {
  refused: { offset: number; tag?: string | undefined }[];
  repeated: number[];
} {
  const refused: { offset: number; tag?: string | undefined }[] = [];
  const repeated: number[] = [];
  visit(doc, {
    Node(_key, node) {
      const offset = node.range?.[0] ?? 0;
      if (isAlias(node) || node.anchor) refused.push({ offset });
      else if (node.tag) refused.push({ offset, tag: node.tag.replace(/^tag:yaml\.org,2002:/, '!!') });
      if (!isMap(node)) return;
      const seen = new Set<string>();
      for (const { key } of node.items) {
        if (!isScalar(key)) continue;
        const id = `${typeof key.value}:${String(key.value)}`;
        if (seen.has(id)) repeated.push(key.range?.[0] ?? offset);
        seen.add(id);
      }
    },
  });
  return { refused, repeated };
}

/**
 * The deepest node along `path` and its offset: the key for a map entry, the item for a list.
 * `complete` is false when the path stopped early at a missing key or item.
 */
function nodeAt(
  doc: Document,
  path: readonly PropertyKey[],
): { offset: number; node: unknown; complete: boolean } {
  let node: unknown = doc.contents;
  let offset = 0;
  let depth = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = pairsOf(node).get(String(segment));
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
    depth++;
  }
  return { offset, node, complete: depth === path.length };
}

/** A map's pairs by key, built once per map: a message per unknown key must not rescan the map. */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();
function pairsOf(map: YAMLMap): Map<string, Pair> {
  let pairs = pairIndex.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const pair of map.items) {
      const key = String((pair.key as { value?: unknown })?.value);
      // The first of a repeated key, as a linear search would find it.
      if (!pairs.has(key)) pairs.set(key, pair);
    }
    pairIndex.set(map, pairs);
  }
  return pairs;
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
