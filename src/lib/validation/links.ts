import { posix } from 'node:path';
import type { BodyOutline, BodyReference } from './body-outline.ts';
import { sampleCodes } from './cross-checks.ts';
import type { ContentIssue } from './issue.ts';
import { messages } from './messages.ts';
import { decode, isExternal } from './url.ts';
import type { ModuleRecord } from './records.ts';

/** A module body that parsed, with its frontmatter record when that is valid too. */
export interface ModuleBody {
  file: string;
  outline: BodyOutline;
  record?: ModuleRecord | undefined;
}

const CODE_SEGMENT = /^[a-z]{2,4}-\d{3}$/i;
// Any origin will do: links are resolved like a browser would on the module's page.
const ORIGIN = 'https://curriculum.invalid';

/**
 * Links between modules: the target module exists and will be published with the source, the
 * heading anchor exists on it, and the link is written so that it opens on the built site.
 * Links to other pages of the site (landing pages, the guide) are not module links and pass.
 */
export function checkModuleLinks(bodies: ModuleBody[], modules: ModuleRecord[]): ContentIssue[] {
  const byCode = new Map(modules.map((module) => [module.data.code, module]));
  const byFile = new Map(modules.map((module) => [module.file, module]));
  return bodies.flatMap((body) =>
    body.outline.links.flatMap((link) => {
      const problem = linkProblem(link, body, byCode, byFile);
      if (!problem) return [];
      const { severity = 'error', ...rest } = problem;
      return [{ file: body.file, line: link.line, column: link.column, field: 'body', severity, ...rest }];
    }),
  );
}

type Problem = Pick<ContentIssue, 'code' | 'message' | 'allowed'> & { severity?: ContentIssue['severity'] };

function linkProblem(
  link: BodyReference,
  body: ModuleBody,
  byCode: Map<string, ModuleRecord>,
  byFile: Map<string, ModuleRecord>,
): Problem | undefined {
  const { url } = link;
  if (url === '' || isExternal(url)) return undefined;
  const [path = '', hash = ''] = splitHash(url);

  if (path === '') return hash ? anchorProblem(hash, body.record, undefined) : undefined;

  if (/\.mdx?$/.test(path)) {
    // Works in a Git preview, but the site serves pages at /modules/<code>/, not source files.
    const target = byFile.get(posix.normalize(posix.join(posix.dirname(body.file), decode(path))));
    return {
      code: 'link-malformed',
      message: messages.linkSourceFile(url),
      allowed: target ? `改成 ${pageLink(target, hash)}` : '模块页面的地址，如 ../ll-001/',
    };
  }

  const own = body.record?.data.code.toLowerCase() ?? 'this-module';
  const resolved = new URL(url, `${ORIGIN}/modules/${own}/`);
  const segments = decode(resolved.pathname).split('/').filter(Boolean);
  if (segments[0] !== 'modules') return undefined;
  // The last code-like segment is the module meant, also in `ll-002/` written without `../`.
  const written = segments.slice(1).findLast((segment) => CODE_SEGMENT.test(segment));
  if (!written) return undefined;

  const target = byCode.get(written.toUpperCase());
  if (!target) {
    return {
      code: 'link-module-missing',
      message: messages.linkModuleMissing(written.toUpperCase()),
      allowed: sampleCodes(byCode),
    };
  }
  const canonical =
    segments.length === 2 && segments[1] === written.toLowerCase() && resolved.pathname.endsWith('/');
  if (!canonical) {
    return {
      code: 'link-malformed',
      message: messages.linkMalformed(url),
      allowed: `改成 ${pageLink(target, hash)}`,
    };
  }
  if (target.data.status === 'draft' && body.record?.data.status === 'published') {
    return {
      code: 'link-module-draft',
      message: messages.linkModuleDraft(target.data.code),
      allowed: '已发布（published）的模块，或先删除这个链接',
    };
  }
  if (hash) {
    const problem = anchorProblem(hash, target, target.data.code);
    if (problem) return problem;
  }
  if (path.startsWith('/')) {
    // `/modules/…` misses the base path when the site is served from a sub-path (BASE_PATH).
    return {
      severity: 'warning',
      code: 'link-absolute',
      message: messages.linkAbsolute(url),
      allowed: `改成 ${pageLink(target, hash)}`,
    };
  }
  return undefined;
}

function anchorProblem(
  hash: string,
  target: ModuleRecord | undefined,
  code: string | undefined,
): Problem | undefined {
  // Without a valid record (own frontmatter broken) the page's own anchors are unknown.
  if (!target?.outline) return undefined;
  const anchor = decode(hash.slice(1));
  const anchors = [...target.outline.anchors, ...pageAnchors(target)];
  if (anchors.includes(anchor)) return undefined;
  const listed = anchors.filter((a) => a !== '_top').slice(0, 12);
  return {
    code: 'link-anchor-missing',
    message: messages.linkAnchorMissing(code, anchor),
    allowed: listed.length ? listed.map((a) => `#${a}`).join(', ') : '（该模块没有小标题）',
  };
}

/**
 * Ids the module page adds around the body: Starlight's title and the sections of
 * src/components/ModuleFooter.astro, each present only when the module has that list.
 */
function pageAnchors({ data }: ModuleRecord): string[] {
  return [
    '_top',
    ...(data.discussion.length ? ['discussion-questions'] : []),
    ...(data.materials.length ? ['materials'] : []),
    ...(data.prerequisites.length ? ['prerequisites'] : []),
  ];
}

/** The link a lecturer should write: relative, so it also works under a BASE_PATH. */
function pageLink(target: ModuleRecord, hash: string): string {
  return `../${target.data.code.toLowerCase()}/${hash}`;
}

function splitHash(url: string): [string, string] {
  const index = url.indexOf('#');
  const withoutQuery = (part: string) => part.split('?')[0]!;
  return index === -1 ? [withoutQuery(url), ''] : [withoutQuery(url.slice(0, index)), url.slice(index)];
}
