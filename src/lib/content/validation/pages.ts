import { splitFrontmatter } from '../files/frontmatter.ts';
import { readLocatedYaml } from '../files/located-yaml.ts';
import type { SourceFile } from '../files/sources.ts';
import { createIssue, type ContentIssue } from './issue.ts';
import { checkMdxBody, type BodyOptions } from './mdx-body.ts';
import { checkSourceText } from './source-text.ts';
import { checkStarlightFields, type StarlightFrontmatter } from './page-fields.ts';
import { findTextProblem, TEXT_LIMITS } from '../../../schemas/text-field.ts';
import { fromTextProblem } from './text-issues.ts';

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
  issues.push(
    ...checkMdxBody(file, parts.body, parts.bodyLine, { files, requireContent: false, imageCheck: false })
      .issues,
  );
  const yaml = readLocatedYaml(
    { file, text: parts.frontmatter },
    { field: 'frontmatter', firstLine: parts.frontmatterLine },
  );
  issues.push(...yaml.issues);
  const data = (yaml.data ?? {}) as StarlightFrontmatter;
  issues.push(...checkStarlightFields(file, data, yaml.lineOf));
  const title = data.title;
  if (yaml.issues.length) return issues;
  const at = { file, line: yaml.lineOf(['title']), field: 'title' };
  if (typeof title !== 'string' || !title.trim()) {
    issues.push(createIssue('page-title-missing', at));
    return issues;
  }
  // A page title prints in the tab, the sidebar and search results like a module title.
  const problem = findTextProblem(title.trim(), TEXT_LIMITS.title);
  if (problem) {
    const context = { path: ['title'], value: title, hint: undefined, positionIn: yaml.positionIn };
    issues.push(fromTextProblem(problem, at, context));
  }
  return issues;
}
