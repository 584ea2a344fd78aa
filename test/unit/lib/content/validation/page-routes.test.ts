import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { checkPageRoutes, pageSlug } from '../../../../../src/lib/content/validation/page-routes.ts';
import { projectRoot } from '../../../../helpers/content.ts';

// Astro's own slug function, the one its glob loader calls for an entry without a `slug` field
// (astro/dist/content/loaders/glob.js); not exported by the package, so loaded from its file.
const astroUtils = pathToFileURL(join(projectRoot, 'node_modules/astro/dist/content/utils.js')).href;
const { getContentEntryIdAndSlug } = (await import(astroUtils)) as {
  getContentEntryIdAndSlug(options: { entry: URL; contentDir: URL; collection: string }): { slug: string };
};

test("a page's slug is the one Astro gives it, with Starlight's root index as the home page", () => {
  const contentDir = new URL('file:///site/content/pages/');
  const paths = [
    'about.mdx',
    'about/index.mdx',
    'Guide/Check And Preview.mdx',
    '指南/第一课.mdx',
    'a.b/c.mdx',
  ];
  for (const path of paths) {
    const entry = new URL(`./${encodeURI(path)}`, contentDir);
    assert.equal(pageSlug(path), getContentEntryIdAndSlug({ entry, contentDir, collection: '' }).slug, path);
  }
  assert.equal(pageSlug('index.mdx'), '');
  assert.equal(pageSlug('notice.mdx', 'About'), 'About');
  assert.equal(pageSlug('notice.mdx', 'help/index'), 'help');
  assert.equal(pageSlug('notice.mdx', ''), 'notice');
});

const page = (path: string, frontmatter = '') => ({
  file: `content/pages/${path}`,
  text: `---\ntitle: 页面\n${frontmatter}---\n\n正文。\n`,
});
const codes = (pages: ReturnType<typeof page>[]) =>
  checkPageRoutes(pages).map((i) => `${i.file}:${i.line} ${i.code}`);

test('pages with their own addresses pass', () => {
  assert.deepEqual(codes([page('about.mdx'), page('guide/index.mdx'), page('guide/writing.mdx')]), []);
});

test('two pages at one address are an error at the later file, whatever the case or slashes', () => {
  assert.deepEqual(codes([page('about/index.mdx'), page('about.mdx'), page('x.mdx', 'slug: /ABOUT/\n')]), [
    'content/pages/about/index.mdx:1 page-slug-duplicate',
    'content/pages/x.mdx:3 page-slug-duplicate',
  ]);
});

test('a page at or under an address the site generates is an error, the home page included', () => {
  const generated = [
    page('index.mdx'),
    page('verify.mdx'),
    page('paths/x.mdx'),
    page('topics.mdx'),
    page('404.mdx'),
    page('a.mdx', 'slug: Q/DX-001\n'),
    page('b.mdx', 'slug: sw.js\n'),
  ];
  assert.deepEqual(
    checkPageRoutes(generated).map((issue) => issue.code),
    generated.map(() => 'page-slug-generated'),
  );
  assert.deepEqual(codes([page('verifying.mdx'), page('guide/modules.mdx')]), []);
});
