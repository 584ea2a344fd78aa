import { posix } from 'node:path';
import {
  moduleAnchors,
  moduleLinkFromModule,
  moduleSectionAnchors,
  moduleSlug,
  moduleSlugOf,
  sitePaths,
  urlSegment,
} from '../../routes/routes.ts';
import type { BodyOutline, BodyReference } from './body-outline.ts';
import { sampleCodes } from './cross-checks.ts';
import { pointsAtDraft } from '../../modules/publication.ts';
import { createIssue, type ContentIssue, type IssueLocation } from './issue.ts';
import { decode, isExternal } from '../../security/url.ts';
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
  // A code written in a URL is compared in its URL spelling (`urlSegment`), as the site serves it.
  const bySlug = new Map(modules.map((module) => [moduleSlug(module.data.code), module]));
  const byFile = new Map(modules.map((module) => [module.file, module]));
  return bodies.flatMap((body) =>
    body.outline.links.flatMap((link) => {
      const at = { file: body.file, line: link.line, column: link.column, field: 'body' };
      const problem = linkProblem(link, at, body, { byCode, bySlug, byFile });
      return problem ? [problem] : [];
    }),
  );
}

function linkProblem(
  link: BodyReference,
  at: IssueLocation,
  body: ModuleBody,
  { byCode, bySlug, byFile }: Record<'byCode' | 'bySlug' | 'byFile', Map<string, ModuleRecord>>,
): ContentIssue | undefined {
  const { url } = link;
  if (url === '' || isExternal(url)) return undefined;
  const [path = '', hash = ''] = splitHash(url);

  if (path === '') return hash ? anchorProblem(at, hash, body.record, undefined) : undefined;

  if (/\.mdx?$/.test(path)) {
    // Works in a Git preview, but the site serves pages at /modules/<code>/, not source files.
    const target = byFile.get(posix.normalize(posix.join(posix.dirname(body.file), decode(path))));
    const fix = target ? pageLink(target, hash) : undefined;
    return createIssue('link-malformed', at, { url, sourceFile: true, fix });
  }

  const own = sitePaths.module(body.record?.data.code ?? 'this-module');
  const resolved = new URL(url, `${ORIGIN}/${own}`);
  const inSite = decode(resolved.pathname).slice(1);
  if (!inSite.startsWith(sitePaths.catalog())) return undefined;
  // The last code-like segment is the module meant, also in `ll-002/` written without `../`.
  const segments = inSite.slice(sitePaths.catalog().length).split('/').filter(Boolean);
  const written = segments.findLast((segment) => CODE_SEGMENT.test(segment));
  if (!written) return undefined;

  const target = bySlug.get(urlSegment(written));
  if (!target) {
    return createIssue('link-module-missing', at, {
      code: written.toUpperCase(),
      known: sampleCodes(byCode),
    });
  }
  const canonical = moduleSlugOf(inSite) === moduleSlug(written);
  if (!canonical) {
    return createIssue('link-malformed', at, { url, sourceFile: false, fix: pageLink(target, hash) });
  }
  if (body.record && pointsAtDraft(body.record.data, target.data)) {
    return createIssue('link-module-draft', at, { code: target.data.code });
  }
  if (hash) {
    const problem = anchorProblem(at, hash, target, target.data.code);
    if (problem) return problem;
  }
  if (path.startsWith('/')) {
    // `/modules/…` misses the base path when the site is served from a sub-path (BASE_PATH).
    return createIssue('link-absolute', at, { url, fix: pageLink(target, hash) });
  }
  return undefined;
}

function anchorProblem(
  at: IssueLocation,
  hash: string,
  target: ModuleRecord | undefined,
  code: string | undefined,
): ContentIssue | undefined {
  // Without a valid record (own frontmatter broken) the page's own anchors are unknown.
  if (!target?.outline) return undefined;
  const anchor = decode(hash.slice(1));
  const anchors = [...target.outline.anchors, ...moduleAnchors(target.data)];
  if (anchors.includes(anchor)) return undefined;
  // Suggest the sections a lecturer would link to, not the ids every page has.
  const listed = [...target.outline.anchors, ...moduleSectionAnchors(target.data)].slice(0, 12);
  return createIssue('link-anchor-missing', at, { code, anchor, anchors: listed });
}

/** The link a lecturer should write: relative, so it also works under a BASE_PATH. */
function pageLink(target: ModuleRecord, hash: string): string {
  return moduleLinkFromModule(target.data.code, hash);
}

function splitHash(url: string): [string, string] {
  const index = url.indexOf('#');
  const withoutQuery = (part: string) => part.split('?')[0]!;
  return index === -1 ? [withoutQuery(url), ''] : [withoutQuery(url.slice(0, index)), url.slice(index)];
}
