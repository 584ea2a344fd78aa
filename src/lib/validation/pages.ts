import { splitFrontmatter } from '../content-files/frontmatter.ts';
import { readLocatedYaml } from '../content-files/located-yaml.ts';
import type { SourceFile } from '../content-files/sources.ts';
import { createIssue, type ContentIssue } from './issue.ts';
import { checkMdxBody, type BodyOptions } from './mdx-body.ts';
import { checkSourceText } from './source-text.ts';
import { LINK_SCHEMES, urlScheme } from '../body-policy.ts';

/** The Starlight frontmatter fields that can carry markup or a link into the page. */
interface StarlightFrontmatter {
  title?: unknown;
  head?: unknown;
  hero?: { image?: { html?: unknown }; actions?: { link?: unknown }[] };
}

/**
 * Starlight lets a page add raw `<head>` tags (scripts, refreshes) and a raw-HTML hero image, and
 * its hero buttons take any URL: the same holes the body policy closes, so the same rules apply.
 */
function checkStarlightFields(
  file: string,
  data: StarlightFrontmatter,
  lineOf: (path: readonly PropertyKey[]) => number,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const refuse = (key: string, path: (string | number)[]) =>
    issues.push(createIssue('page-field-refused', { file, line: lineOf(path), field: key }, { key }));
  if (data.head !== undefined) refuse('head', ['head']);
  if (data.hero?.image?.html !== undefined) refuse('hero.image.html', ['hero', 'image', 'html']);
  (Array.isArray(data.hero?.actions) ? data.hero.actions : []).forEach((action, i) => {
    const link = typeof action?.link === 'string' ? action.link : '';
    const scheme = urlScheme(link);
    if (scheme !== undefined && !(LINK_SCHEMES as readonly string[]).includes(scheme)) {
      const at = { file, line: lineOf(['hero', 'actions', i, 'link']), field: `hero.actions[${i}].link` };
      issues.push(createIssue('body-url', at, { url: link, scheme, schemes: LINK_SCHEMES }));
    }
  });
  return issues;
}

/**
 * Checks a site page (content/pages/**): it is published at the site root, in the sitemap and in
 * search just like a module, so it gets the same file, YAML and body-policy checks. Its
 * frontmatter is Starlight's; the one field every page needs is `title`, the rest Starlight's own
 * schema judges at build time.
 */
export function checkPage(source: SourceFile, { files }: Pick<BodyOptions, 'files'> = {}): ContentIssue[] {
  const { file } = source;
  const { text, issues, tooLarge } = checkSourceText(source);
  if (tooLarge) return issues;
  const parts = splitFrontmatter(text);
  if (parts.frontmatter === undefined) {
    return [...issues, createIssue('frontmatter-missing', { file, line: 1, field: 'frontmatter' })];
  }
  issues.push(...checkMdxBody(file, parts.body, parts.bodyLine, { files, requireContent: false }).issues);
  const yaml = readLocatedYaml(
    { file, text: parts.frontmatter },
    { field: 'frontmatter', firstLine: parts.frontmatterLine },
  );
  issues.push(...yaml.issues);
  const data = (yaml.data ?? {}) as StarlightFrontmatter;
  issues.push(...checkStarlightFields(file, data, yaml.lineOf));
  const title = data.title;
  if (!yaml.issues.length && (typeof title !== 'string' || !title.trim())) {
    issues.push(createIssue('page-title-missing', { file, line: yaml.lineOf(['title']), field: 'title' }));
  }
  return issues;
}
