import { slug as githubSlug } from 'github-slugger';
import { splitFrontmatter } from '../files/frontmatter.ts';
import { readLocatedYaml } from '../files/located-yaml.ts';
import { CONTENT_DIRS, type SourceFile } from '../files/sources.ts';
import { generatedRoots, urlSegment } from '../../routes/routes.ts';
import { REGISTRY_KIND_IDS, REGISTRY_KINDS } from '../../../schemas/registry-kinds.ts';
import { TAXONOMY_KIND_IDS, TAXONOMY_KINDS } from '../../../schemas/taxonomy-kinds.ts';
import { createIssue, type ContentIssue } from './issue.ts';

/**
 * A site page's slug as Astro's glob loader and Starlight route it: a `slug` in the frontmatter
 * wins as written; otherwise the path below content/pages/ without its extension, each folder
 * slugged like a heading, with a last `index` dropped (`about/index.mdx` is `about`, and the
 * root `index.mdx` is the home page, `''`).
 */
export function pageSlug(path: string, frontmatterSlug?: unknown): string {
  const slug = frontmatterSlug
    ? String(frontmatterSlug)
    : path
        .replace(/\.[^./]+$/, '')
        .split('/')
        .map((segment) => githubSlug(segment))
        .join('/')
        .replace(/\/index$/, '');
  return slug === 'index' ? '' : slug.replace(/\/index$/, '').normalize();
}

/** How two slugs are compared: without case or stray slashes, as a disk or a phone may see them. */
const routeKey = (slug: string) => urlSegment(slug.replace(/\/{2,}/g, '/').replace(/^\/|\/$/g, ''));

/**
 * Pages share the site's URLs with each other and with every page the site generates. Astro
 * keeps one page per URL and only warns in English, so a second `/about/` or a page at `/verify/`
 * would silently replace one page or vanish itself. Each is an error at the later file, naming
 * the other.
 */
export function checkPageRoutes(pages: readonly SourceFile[]): ContentIssue[] {
  const roots = generatedRoots([
    ...TAXONOMY_KIND_IDS.map((kind) => TAXONOMY_KINDS[kind].segment),
    ...REGISTRY_KIND_IDS.map((kind) => REGISTRY_KINDS[kind].segment),
  ]);
  const reserved = new Map(roots.map((root) => [urlSegment(root), root]));
  const seen = new Map<string, string>();
  const issues: ContentIssue[] = [];
  for (const page of [...pages].sort((a, b) => a.file.localeCompare(b.file))) {
    const { slug, line } = readPageSlug(page);
    const key = routeKey(slug);
    const url = key ? `/${key}/` : '/';
    const at = { file: page.file, line, field: line > 1 ? 'slug' : 'file' };
    const root = reserved.get(key.split('/')[0]!);
    const other = seen.get(key);
    if (root !== undefined) issues.push(createIssue('page-slug-generated', at, { url, root, roots }));
    else if (other) issues.push(createIssue('page-slug-duplicate', at, { url, otherFile: other }));
    seen.set(key, other ?? page.file);
  }
  return issues;
}

/** A page's slug and the line that decides it: its `slug` field, or the file itself (line 1). */
function readPageSlug({ file, text }: SourceFile): { slug: string; line: number } {
  const base = `${CONTENT_DIRS.pages}/`;
  const path = file.slice(file.indexOf(base) + base.length);
  const { frontmatter, frontmatterLine } = splitFrontmatter(text);
  // Problems in the frontmatter are the page check's to report; here it only may hold a slug.
  const yaml =
    frontmatter === undefined
      ? undefined
      : readLocatedYaml({ file, text: frontmatter }, { field: 'frontmatter', firstLine: frontmatterLine });
  const data: unknown = yaml?.issues.length ? undefined : yaml?.data;
  const written = data && typeof data === 'object' && 'slug' in data ? data.slug : undefined;
  return { slug: pageSlug(path, written), line: written ? yaml!.lineOf(['slug']) : 1 };
}
