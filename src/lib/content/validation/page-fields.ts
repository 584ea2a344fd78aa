/**
 * The Starlight frontmatter of a site page (content/pages/**) that reaches the HTML as markup or
 * as a link. Starlight puts `head` tags, a raw hero image and a raw-SVG action icon into the page
 * as HTML, spreads `attrs` onto links, and turns `editUrl`, `prev`/`next`, hero actions and hero
 * images into URLs: the same holes the body policy closes, so the same rules apply. (The hero's
 * `title` and `tagline` and `banner.content` are printed as text by our overrides in
 * `src/components/overrides/`, so they are free text.)
 */
import { createIssue, type ContentIssue } from './issue.ts';
import { checkUrlValue, type UrlUse } from './url-policy.ts';

/** The fields read here, as Starlight 0.42's docs schema names them (`@astrojs/starlight/schema`). */
export interface StarlightFrontmatter {
  title?: unknown;
  head?: unknown;
  editUrl?: unknown;
  prev?: unknown;
  next?: unknown;
  sidebar?: { attrs?: unknown };
  hero?: {
    image?: { html?: unknown; file?: unknown; dark?: unknown; light?: unknown };
    actions?: { link?: unknown; attrs?: unknown; icon?: unknown }[];
  };
}

type Path = (string | number)[];

export function checkStarlightFields(
  file: string,
  data: StarlightFrontmatter,
  lineOf: (path: readonly PropertyKey[]) => number,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const at = (path: Path) => ({ file, line: lineOf(path), field: fieldName(path) });
  const refuse = (path: Path) =>
    issues.push(createIssue('page-field-refused', at(path), { key: fieldName(path) }));
  const judge = (path: Path, value: unknown, use: UrlUse) => {
    if (typeof value === 'string')
      issues.push(...checkUrlValue(value, use, at(path), { attribute: fieldName(path) }));
  };

  if (data.head !== undefined) refuse(['head']);
  if (data.sidebar?.attrs !== undefined) refuse(['sidebar', 'attrs']);
  judge(['editUrl'], data.editUrl, 'link');
  for (const key of ['prev', 'next'] as const) {
    // A string is only the link's label; an object may replace the link itself.
    const link = (data[key] as { link?: unknown } | undefined)?.link;
    judge([key, 'link'], link, 'link');
  }

  const hero = data.hero;
  if (hero === undefined || hero === null) return issues;
  if (hero.image?.html !== undefined) refuse(['hero', 'image', 'html']);
  for (const key of ['file', 'dark', 'light'] as const)
    judge(['hero', 'image', key], hero.image?.[key], 'image');
  (Array.isArray(hero.actions) ? hero.actions : []).forEach((action, i) => {
    judge(['hero', 'actions', i, 'link'], action?.link, 'link');
    if (action?.attrs !== undefined) refuse(['hero', 'actions', i, 'attrs']);
    if (typeof action?.icon === 'string' && action.icon.trimStart().startsWith('<'))
      refuse(['hero', 'actions', i, 'icon']);
  });
  return issues;
}

/** `hero.actions[0].link`, as the lecturer finds it in the file. */
function fieldName(path: Path): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i ? `.${part}` : part)).join('');
}
