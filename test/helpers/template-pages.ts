import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// The built pages of dist/, grouped by the template that wrote them: each route file of
// src/pages, and Starlight's own route for the guide and the other content pages. Checks that
// cost seconds a page (the Nu HTML Checker, axe) run on one page of each template, and on every
// page only where the content differs page by page.

const root = join(import.meta.dirname, '..', '..');

/** Starlight's docs route, split in two: the guide is lecturers' reading, the rest is members'. */
export const GUIDE_TEMPLATE = 'Starlight: a guide page';
export const CONTENT_TEMPLATE = 'Starlight: another content page';

interface Template {
  route: string;
  pattern: { test(page: string): boolean };
}

/** Route files and the built pages they may write, static segments before parameters. */
export function templateRoutes(): Template[] {
  const files = listFiles(join(root, 'src/pages')).filter((file) => file.endsWith('.astro'));
  const toPattern = (file: string) => {
    const path = file.replace(/(^|\/)index\.astro$/, '$1').replace(/\.astro$/, '/');
    const source = path
      .split('/')
      .map((segment) =>
        segment.startsWith('[...')
          ? '(?:[^/]+/)*'
          : segment.startsWith('[')
            ? '[^/]+/'
            : segment && `${segment}/`,
      )
      .join('');
    return new RegExp(`^${source}$`);
  };
  const weight = (file: string) => (file.match(/\[/g)?.length ?? 0) + (file.includes('[...') ? 10 : 0);
  // Starlight's docs route writes content/pages/<slug>.mdx to <slug>/; those slugs are known, so
  // they are matched before any route with parameters (`[facet]/` would take `about/`).
  const slugs = listFiles(join(root, 'content/pages'))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.replace(/(^|\/)index\.mdx$/, '$1').replace(/\.mdx$/, '/'));
  const docs = (guide: boolean) => (page: string) =>
    slugs.includes(page) && page.startsWith('guide/') === guide;
  return [
    { route: GUIDE_TEMPLATE, pattern: { test: docs(true) } },
    { route: CONTENT_TEMPLATE, pattern: { test: docs(false) } },
    ...files
      .sort((a, b) => weight(a) - weight(b) || a.localeCompare(b))
      .map((route) => ({ route, pattern: route === '404.astro' ? /^404\.html$/ : toPattern(route) })),
  ];
}

/**
 * Every built HTML page, as its path under the site without `index.html` (`''` is the home
 * page), sorted, by the route that wrote it; pages no route explains are under `undefined`.
 */
export function builtPagesByTemplate(dist = join(root, 'dist')): Map<string | undefined, string[]> {
  const routes = templateRoutes();
  const byTemplate = new Map<string | undefined, string[]>();
  const pages = listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
  for (const page of pages) {
    const route = routes.find(({ pattern }) => pattern.test(page))?.route;
    byTemplate.set(route, [...(byTemplate.get(route) ?? []), page]);
  }
  return byTemplate;
}

/** The first built page of each template, by route. */
export function onePagePerTemplate(dist?: string): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const [route, pages] of builtPagesByTemplate(dist)) if (route) chosen.set(route, pages[0]!);
  return chosen;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .map((file) => file.split('\\').join('/'));
}
