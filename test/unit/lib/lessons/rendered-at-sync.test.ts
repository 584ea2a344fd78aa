import assert from 'node:assert/strict';
import { test } from 'node:test';
import { satteri } from '@astrojs/markdown-satteri';
import type { Loader, LoaderContext } from 'astro/loaders';
import { siteMarkdownOptions } from '../../../../src/lib/content/markdown/site-markdown.ts';
import { renderedAtSync } from '../../../../src/lib/lessons/rendered-at-sync.ts';

type Entry = Parameters<LoaderContext['store']['set']>[0];

/** Runs `renderedAtSync` over a loader that stores `entries` as Astro's glob loader does for MDX. */
async function stored(
  entries: Entry[],
  processor: unknown = satteri(siteMarkdownOptions()),
): Promise<Entry[]> {
  const kept: Entry[] = [];
  const inner: Loader = {
    name: 'test-glob',
    load: async ({ store }) => {
      for (const entry of entries) store.set(entry);
    },
  };
  const context = {
    store: { set: (entry: Entry) => kept.push(entry) > 0, keys: () => kept.map((entry) => entry.id) },
    config: { root: new URL('file:///site/'), markdown: { processor } },
  } as unknown as LoaderContext;
  await renderedAtSync(inner).load(context);
  return kept;
}

const mdx = (id: string, body: string): Entry => ({
  id,
  data: {},
  body,
  filePath: `content/modules/theory/${id}.mdx`,
  digest: 'd1',
  deferredRender: true,
});

test('a lesson body is stored as the page HTML with its headings, and without its text', async () => {
  const [entry] = await stored([mdx('ll-001', '## 导入\n\n<KeyPoints>\n\n- 学原文\n\n</KeyPoints>\n')]);
  assert.equal(entry!.deferredRender, undefined);
  assert.equal(entry!.body, undefined);
  assert.match(entry!.rendered!.html, /^<h2 id="导入">导入<\/h2>\n<section class="cm-box cm-box--keypoints"/);
  assert.deepEqual(entry!.rendered!.metadata!.headings, [{ depth: 2, slug: '导入', text: '导入' }]);
  // A store kept from an earlier run never matches a file's own digest, so it is rendered again.
  assert.equal(entry!.digest, 'd1-rendered-at-sync');
});

test('a body with an image, one the site plugins change, or another processor stays compiled as MDX', async () => {
  const [image] = await stored([mdx('ll-002', '![流程](./flow.svg)\n')]);
  assert.equal(image!.deferredRender, true);
  assert.equal(image!.rendered, undefined);
  assert.equal(image!.body, undefined);
  assert.equal(image!.digest, 'd1');

  // A plugin the configured processor has and the printed editions would not (as Starlight's are).
  const extended = satteri(siteMarkdownOptions());
  extended.options.hastPlugins.push({
    name: 'mark-code',
    element: { filter: ['code'], visit: (node, ctx) => ctx.setProperty(node, 'dir', 'auto') },
  });
  const [plain, code] = await stored(
    [mdx('ll-003', '正文\n'), mdx('ll-004', '命令 `npm run new`\n')],
    extended,
  );
  assert.ok(plain!.rendered, 'a body the extra plugin leaves alone is rendered');
  assert.equal(code!.deferredRender, true);

  // A component that cannot render is left to fail where the page renders, naming the module.
  const [broken] = await stored([mdx('ll-006', '<SelfCheck answer={1} />\n')]);
  assert.equal(broken!.deferredRender, true);

  const [other] = await stored([mdx('ll-005', '正文\n')], { name: 'unified' });
  assert.equal(other!.deferredRender, true);
});

test('entries that are not MDX pass through untouched, but for their body', async () => {
  const [data] = await stored([{ id: 'a', data: { name: '甲' }, body: 'x', digest: 'd' }]);
  assert.deepEqual(data, { id: 'a', data: { name: '甲' }, digest: 'd' });
});
