import { expect, test } from '@playwright/test';
import { join, relative } from 'node:path';
import { onePagePerTemplate, templateRoutes } from '../helpers/template-pages.ts';
import { checkHtml } from '../helpers/vnu.ts';

// The W3C Nu HTML Checker over one built page of every template: each route file of src/pages,
// and Starlight's own route for the guide and other content pages. Markup errors are invisible
// in a browser, which repairs them, but not to assistive technology or to a stricter parser.

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');

test('the Nu HTML Checker finds no errors in one page of every template', async () => {
  test.setTimeout(120_000);
  const chosen = onePagePerTemplate(dist);
  // Print pages are deleted once their PDFs exist, and page 2 of a list exists only past one page.
  const unbuilt = templateRoutes()
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
  const ours = errors.map(
    (error) => `${relative(dist, new URL(error.url).pathname)}:${error.lastLine ?? 0} ${error.message}`,
  );
  expect(ours).toEqual([]);
});
