import { posix } from 'node:path';
import {
  ALLOWED_ELEMENTS,
  GLOBAL_ATTRIBUTES,
  IMPORTABLE,
  isRefusedProp,
  REFUSED_ELEMENTS,
} from '../body-policy.ts';
import { visit, type MdxNode } from './body-outline.ts';
import { createIssue, type ContentIssue, type IssueLocation } from './issue.ts';
import { attributeValue, staticValue, UNKNOWN, type EsNode } from './static-value.ts';
import { checkRel, checkUrlValue, urlUseOf } from './url-policy.ts';

/** A JSX attribute as parse-mdx.ts gives it: a name with a string or expression value, or a spread. */
interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; data?: { estree?: { body: EsNode[] } } };
}

/** What the policy needs from a parsed body, beyond the tree. */
export interface PolicyContext {
  /** Project-relative path of the body's file, for messages and for resolving imports. */
  file: string;
  /** Offsets a position in the body to a place in the file. */
  at: (line: number, column?: number) => IssueLocation;
  /** Project-relative paths of existing files; when given, imports must name one of them. */
  files?: ReadonlySet<string> | undefined;
  /** Whether the image check (`images.ts`) explains this body's images on other sites; modules only. */
  imageCheck?: boolean | undefined;
}

/**
 * Applies the body policy (`src/lib/content/body-policy.ts`) to a parsed MDX body: only allowed HTML
 * with allowed attributes, no URL that runs code, no expression or export that runs code at
 * build time, and imports only of the project's own components.
 */
export function checkBodyPolicy(tree: MdxNode, context: PolicyContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const images = context.imageCheck ? 'image check' : 'here';
  const place = (node: { position?: MdxNode['position'] }) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    return context.at(start.line, start.column);
  };
  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        issues.push(...checkElement(node, place(node), images));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isInert(estreeOf(node)))
          issues.push(createIssue('body-expression', place(node), { what: '{ }' }));
        break;
      case 'mdxjsEsm':
        issues.push(...checkEsm(node, place(node), context));
        break;
      case 'link':
      case 'definition':
        issues.push(...checkUrlValue(node.url ?? '', 'link', place(node), { attribute: 'href' }));
        break;
      case 'image':
        issues.push(...checkUrlValue(node.url ?? '', 'image', place(node), { attribute: 'src', images }));
        break;
      case 'html':
        // MDX has no raw HTML nodes; a plugin that brings them back must not bring back <script>.
        issues.push(createIssue('body-element', place(node), { name: 'html', reason: undefined }));
    }
  });
  return issues;
}

function checkElement(node: MdxNode, at: IssueLocation, images: 'here' | 'image check'): ContentIssue[] {
  const name = node.name;
  if (!name) return []; // a fragment <>…</> carries nothing
  const attributes = (node.attributes ?? []) as JsxAttribute[];
  const isHtml = /^[a-z]/.test(name) && !name.includes('.');
  if (isHtml && !(name in ALLOWED_ELEMENTS)) {
    const reason = (REFUSED_ELEMENTS as Record<string, string>)[name];
    return [createIssue('body-element', at, { name, reason })];
  }
  const allowed: readonly string[] = isHtml
    ? [...ALLOWED_ELEMENTS[name as keyof typeof ALLOWED_ELEMENTS], ...GLOBAL_ATTRIBUTES]
    : [];
  return attributes.flatMap((attribute): ContentIssue[] => {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      return [createIssue('body-expression', at, { what: '{...}' })];
    }
    const attributeName = attribute.name;
    const refused = isHtml ? !allowed.includes(attributeName) : isRefusedProp(attributeName);
    if (refused)
      return [createIssue('body-attribute', at, { element: name, attribute: attributeName, allowed })];
    const value = attributeValue(attribute);
    // URL-bearing props of components too: a component may pass them on to an <a> or <img>.
    const use = urlUseOf(attributeName);
    if (use) return checkUrlValue(value, use, at, { attribute: attributeName, images });
    if (isHtml && attributeName === 'rel') return checkRel(value, at);
    return value === UNKNOWN ? [createIssue('body-expression', at, { what: `${attributeName}={…}` })] : [];
  });
}

function checkEsm(node: MdxNode, block: IssueLocation, context: PolicyContext): ContentIssue[] {
  const { file, files } = context;
  return (estreeOf(node) ?? []).flatMap((statement): ContentIssue[] => {
    // Each statement at its own line (estree positions count from the body's first line).
    const start = statement.loc?.start;
    const at = start ? context.at(start.line, start.column + 1) : block;
    if (statement.type !== 'ImportDeclaration') return [createIssue('body-export', at)];
    const source = String(statement.source?.value ?? '');
    const path = source.startsWith('.')
      ? posix.normalize(posix.join(posix.dirname(file), source))
      : undefined;
    if (!path?.startsWith(IMPORTABLE.folder) || !path.endsWith(IMPORTABLE.extension)) {
      return [createIssue('body-import', at, { source })];
    }
    return files && !files.has(path) ? [createIssue('body-import-missing', at, { source, path })] : [];
  });
}

function estreeOf(node: MdxNode): EsNode[] | undefined {
  return (node.data?.estree?.body ?? undefined) as EsNode[] | undefined;
}

/** A `{…}` in running text that only holds a comment or a constant, such as `{'{'}`. */
function isInert(body: EsNode[] | undefined): boolean {
  if (!body) return false;
  return body.every(
    (statement) => statement.type === 'ExpressionStatement' && staticValue(statement.expression) !== UNKNOWN,
  );
}
