import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { MDX_COMPONENT_NAMES } from '../mdx-components.ts';
import { outlineBody, visit, type BodyOutline, type MdxNode } from './body-outline.ts';
import { checkBodyPolicy } from './body-policy.ts';
import { createIssue, type ContentIssue } from './issue.ts';

// remark-gfm is here so that tables, footnotes and task lists parse exactly as lecturers wrote
// them; without it the checker would misplace positions inside GFM constructs.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

interface Place {
  line: number;
  column: number;
}

/** What a body's check may know beyond its text. */
export interface BodyOptions {
  /** Project-relative paths of existing files, so an import of a missing file is named. */
  files?: ReadonlySet<string> | undefined;
  /** Modules need a body; a guide page may be all frontmatter (a splash page). */
  requireContent?: boolean | undefined;
  /** Module bodies go on to the image check, which explains images kept on other sites. */
  imageCheck?: boolean | undefined;
}

/**
 * Checks an MDX body: syntax, unknown components, the body policy and emptiness. `bodyLine`
 * offsets positions. A body that parses also yields its outline (anchors, links, images) for the
 * cross-module checks.
 */
export function checkMdxBody(
  file: string,
  body: string,
  bodyLine: number,
  { files, requireContent = true, imageCheck = true }: BodyOptions = {},
): { issues: ContentIssue[]; outline?: BodyOutline | undefined } {
  const at = (line: number, column?: number) => ({ file, line: line + bodyLine - 1, column, field: 'body' });
  let tree: MdxNode;
  try {
    tree = parser.parse(body) as MdxNode;
  } catch (error) {
    const { place, reason, ruleId } = error as {
      place?: Place | { start: Place };
      reason?: string;
      ruleId?: string;
    };
    // mdast-util-mdx-jsx leaves `place` empty for unclosed tags and names the tag's position in the reason.
    const start = (place && 'start' in place ? place.start : place) ?? positionInReason(reason);
    const detail = explainSyntax(ruleId, reason ?? String(error));
    return { issues: [createIssue('mdx-syntax', at(start?.line ?? 1, start?.column), { detail })] };
  }

  const issues: ContentIssue[] = checkBodyPolicy(tree, { file, at, files, imageCheck });
  const imported = new Set(importedNames(tree));
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = node.name ?? '';
    const isComponent = /^[A-Z]/.test(name) || name.includes('.');
    if (isComponent && !MDX_COMPONENT_NAMES.includes(name as never) && !imported.has(name.split('.')[0]!)) {
      const start = node.position?.start ?? { line: 1, column: 1 };
      issues.push(
        createIssue('mdx-unknown-component', at(start.line, start.column), {
          name,
          known: MDX_COMPONENT_NAMES,
        }),
      );
    }
  });

  const content = (tree.children ?? []).filter((node) => node.type !== 'mdxjsEsm');
  if (requireContent && content.length === 0) {
    issues.push(createIssue('body-empty', at(1)));
  }
  return { issues, outline: outlineBody(tree, bodyLine) };
}

function positionInReason(reason = ''): Place | undefined {
  const match = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

function importedNames(tree: MdxNode): string[] {
  return (tree.children ?? [])
    .filter((node) => node.type === 'mdxjsEsm')
    .flatMap((node) => node.data?.estree?.body ?? [])
    .flatMap((statement) => statement.specifiers?.map((specifier) => specifier.local.name) ?? []);
}

/** Chinese explanations for the MDX parse errors lecturers meet most often. */
function explainSyntax(ruleId: string | undefined, reason: string): string {
  const known: Record<string, string> = {
    'end-tag-mismatch': '结束标签与开始标签不匹配',
    'unexpected-eof': '文件在标签或表达式结束前就结束了，可能缺少结束标签',
    'unexpected-character': '标签中出现了不允许的字符',
    'unexpected-closing-slash': '结束标签的斜杠位置不对',
    'unexpected-lazy': '标签或表达式跨行时缩进不一致',
    acorn: '花括号 { } 中的表达式无法解析',
  };
  const detail = reason.replace(/ \(\d+:\d+-\d+:\d+\)/, '');
  const unclosed = /^Expected a closing tag for `<([^>]+)>`/.exec(detail);
  if (unclosed) return `组件 <${unclosed[1]}> 缺少结束标签 </${unclosed[1]}>`;
  const explanation = ruleId ? known[ruleId] : undefined;
  return explanation ? `${explanation}（${detail}）` : detail;
}
