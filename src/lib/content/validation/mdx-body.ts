import { MDX_COMPONENT_NAMES } from '../mdx-components.ts';
import { outlineBody, visit, type BodyOutline, type MdxNode } from './body-outline.ts';
import { checkBodyPolicy } from './body-policy.ts';
import { createIssue, type ContentIssue } from './issue.ts';
import { parseMdx } from './parse-mdx.ts';

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
  const { tree, error } = parseMdx(body);
  if (error) {
    const detail = explainSyntax(error.ruleId, error.reason);
    return {
      issues: [createIssue('mdx-syntax', at(error.place?.line ?? 1, error.place?.column), { detail })],
    };
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

function importedNames(tree: MdxNode): string[] {
  return (tree.children ?? [])
    .filter((node) => node.type === 'mdxjsEsm')
    .flatMap((node) => node.data?.estree?.body ?? [])
    .flatMap((statement) => statement.specifiers?.map((specifier) => specifier.local.name) ?? []);
}

/**
 * Chinese explanations for the MDX parse errors lecturers meet most often, found by the parser's
 * message (satteri gives every JSX error the same rule name), with its own words in brackets
 * where they add something.
 */
const EXPLANATIONS: [RegExp, (match: RegExpExecArray, words: string) => string][] = [
  [/^Expected a closing tag for `<([^>]+)>`/, ([, tag]) => `组件 <${tag}> 缺少结束标签 </${tag}>`],
  [
    /^Unexpected closing tag `<\/([^>]+)>`, expected corresponding closing tag for `<([^>]+)>`/,
    ([, closing, opening]) => `结束标签 </${closing}> 与开始标签 <${opening}> 不匹配`,
  ],
  [
    /^Unexpected closing tag `<\/([^>]+)>`, expected an open tag first/,
    ([, tag]) => `</${tag}> 前面没有对应的开始标签`,
  ],
  [/^Expected the closing tag/, (_, words) => `结束标签应单独成行，或与开始标签写在同一段落里（${words}）`],
  [/end of file in expression/, () => '花括号 { 缺少对应的 }'],
  [/^Unexpected character after `<`/, (_, words) => `< 后面不是合法的标签（${words}）`],
  [/^Unexpected character/, (_, words) => `标签中出现了不允许的字符（${words}）`],
  [/^Unexpected lazy line/, (_, words) => `标签或表达式跨行时缩进不一致（${words}）`],
];

function explainSyntax(ruleId: string | undefined, reason: string): string {
  const words = reason.replace(/ \(\d+:\d+(-\d+:\d+)?\)/g, '');
  for (const [pattern, explain] of EXPLANATIONS) {
    const match = pattern.exec(words);
    if (match) return explain(match, words);
  }
  if (ruleId === 'esm') return `import 或 export 语句无法解析（${words}）`;
  return ruleId === 'acorn' ? `花括号 { } 中的表达式无法解析（${words}）` : words;
}
