import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkHtml, EXPRESSIVE_CODE_ERRORS } from '../helpers/vnu.ts';

// The W3C Nu HTML Checker over one built page of every template: each route file of src/pages,
// and Starlight's own route for the guide and other content pages. Markup errors are invisible
// in a browser, which repairs them, but not to assistive technology or to a stricter parser.

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');

/** Route files and the built pages they may write, static segments before parameters. */
function routePatterns(): { route: string; pattern: { test(page: string): boolean } }[] {
  const files = readdirSync(join(root, 'src/pages'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.astro'))
    .map((file) => file.split('\\').join('/'));
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
  const slugs = readdirSync(join(root, 'content/pages'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.mdx'))
    .map(
      (file) =>
        `${file
          .split('\\')
          .join('/')
          .replace(/(^|\/)index\.mdx$/, '$1')
          .replace(/\.mdx$/, '/')}`,
    );
  const docs = (guide: boolean) => (page: string) =>
    slugs.includes(page) && page.startsWith('guide/') === guide;
  const content = [
    { route: 'Starlight: a guide page', pattern: { test: docs(true) } },
    { route: 'Starlight: another content page', pattern: { test: docs(false) } },
  ];
  return [
    ...content,
    ...files
      .sort((a, b) => weight(a) - weight(b) || a.localeCompare(b))
      .map((route) => ({ route, pattern: route === '404.astro' ? /^404\.html$/ : toPattern(route) })),
  ];
}

/** The first built page of each template, by route. */
function onePagePerTemplate(): Map<string, string> {
  const pages = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html'))
    .map((file) =>
      file
        .split('\\')
        .join('/')
        .replace(/(^|\/)index\.html$/, '$1'),
    )
    .sort();
  const chosen = new Map<string, string>();
  const routes = routePatterns();
  for (const page of pages) {
    const route = routes.find(({ pattern }) => pattern.test(page))?.route;
    if (route && !chosen.has(route)) chosen.set(route, page);
  }
  return chosen;
}

test('the Nu HTML Checker finds no errors in one page of every template', async () => {
  test.setTimeout(120_000);
  const chosen = onePagePerTemplate();
  // Print pages are deleted once their PDFs exist, and page 2 of a list exists only past one page.
  const unbuilt = routePatterns()
    .map(({ route }) => route)
    .filter((route) => !chosen.has(route) && !/^print\/|\/page\/\[page\]/.test(route));
  expect(unbuilt).toEqual([]);
  expect([...chosen.keys()]).toEqual(
    expect.arrayContaining([
      'index.astro',
      'modules/[id].astro',
      'paths/[group]/index.astro',
      'q/[code].astro',
    ]),
  );
  const files = [...chosen.values()].map((page) =>
    join(dist, page.endsWith('/') || !page ? `${page}index.html` : page),
  );
  const errors = await checkHtml(files);
  const withCode = new Set(
    files.filter((file) => readFileSync(file, 'utf8').includes('class="expressive-code"')),
  );
  const ours = errors
    .filter((error) => {
      const file = decodeURIComponent(new URL(error.url).pathname);
      return !(withCode.has(file) && EXPRESSIVE_CODE_ERRORS.includes(error.message));
    })
    .map((error) => `${relative(dist, new URL(error.url).pathname)}:${error.lastLine ?? 0} ${error.message}`);
  expect(ours).toEqual([]);
});
