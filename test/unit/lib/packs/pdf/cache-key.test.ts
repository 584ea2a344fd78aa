import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCacheKeyer } from '../../../../../src/lib/packs/pdf/cache-key.ts';

const PAGE_A = 'print/a/index.html';
const PAGE_B = 'print/b/index.html';

/** A small built site: two pages sharing print.css, which imports fonts.css and an image. */
function site(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    [PAGE_A]:
      '<link rel="stylesheet" href="/_astro/print.css"><link rel="stylesheet" href="/__pdf-fonts/400.css"><h1>甲</h1>',
    [PAGE_B]: '<link rel="stylesheet" href="/_astro/print.css"><img src="fig.png"><h1>乙</h1>',
    '_astro/print.css':
      '@import "./fonts.css"; @page { @top-center { content: "学习包" } } h1 { background: url(/img/seal.png) }',
    '_astro/fonts.css': 'body { font-family: "Noto Serif SC" }',
    'img/seal.png': 'PNG1',
    'print/b/fig.png': 'PNG2',
    'unrelated.css': 'body { color: red }',
    ...overrides,
  };
}

function keyerFor(files: Record<string, string>, engine = 'engine-1', reads: string[] = []) {
  return createCacheKeyer({
    base: '/',
    engine,
    read: async (path) => {
      reads.push(path);
      return path in files ? Buffer.from(files[path]!) : undefined;
    },
  });
}

const keys = async (files: Record<string, string>, engine = 'engine-1') => {
  const keyFor = keyerFor(files, engine);
  return { a: await keyFor(PAGE_A, '甲'), b: await keyFor(PAGE_B, '乙') };
};

test('the same files give the same keys, and different pages different keys', async () => {
  const first = await keys(site());
  assert.deepEqual(await keys(site()), first);
  assert.match(first.a!, /^[0-9a-f]{64}$/);
  assert.notEqual(first.a, first.b);
});

test("editing one page's HTML changes only that page's key", async () => {
  const before = await keys(site());
  const after = await keys(site({ [PAGE_A]: site()[PAGE_A]!.replace('甲', '甲（修订）') }));
  assert.notEqual(after.a, before.a);
  assert.equal(after.b, before.b);
});

test('a shared stylesheet, its imports and its images change every page using them', async () => {
  const before = await keys(site());
  for (const [file, content] of Object.entries({
    '_astro/print.css': '@import "./fonts.css"; @page { @top-center { content: "学习包（新版）" } }',
    '_astro/fonts.css': 'body { font-family: "Noto Serif SC"; font-size: 11pt }',
    'img/seal.png': 'PNG1-new',
  })) {
    const after = await keys(site({ [file]: content }));
    assert.notEqual(after.a, before.a, file);
    assert.notEqual(after.b, before.b, file);
  }
});

test("an image only one page shows changes only that page's key", async () => {
  const before = await keys(site());
  const after = await keys(site({ 'print/b/fig.png': 'PNG2-new' }));
  assert.equal(after.a, before.a);
  assert.notEqual(after.b, before.b);
});

test('files no page references change nothing', async () => {
  assert.deepEqual(
    await keys(site({ 'unrelated.css': 'body { color: blue }', 'print/c/index.html': '<h1>丙</h1>' })),
    await keys(site()),
  );
});

test('a referenced file appearing or disappearing changes the key', async () => {
  const files = site();
  delete files['print/b/fig.png'];
  const missing = await keys(files);
  assert.notEqual(missing.b, (await keys(site())).b);
  assert.equal(missing.a, (await keys(site())).a);
});

test('the title and the engine version are part of the key', async () => {
  const keyFor = keyerFor(site());
  assert.notEqual(await keyFor(PAGE_A, '甲'), await keyFor(PAGE_A, '甲（第二版）'));
  assert.notEqual((await keys(site(), 'engine-2')).a, (await keys(site(), 'engine-1')).a);
});

test('a page whose HTML is missing has no key', async () => {
  assert.equal(await keyerFor(site())('print/missing/index.html', '无'), undefined);
});

test('each file is read once per run, however many pages share it, and font files never', async () => {
  const reads: string[] = [];
  const keyFor = keyerFor(site({ '_astro/fonts.css': '@import "./print.css";' }), 'engine-1', reads);
  await Promise.all([keyFor(PAGE_A, '甲'), keyFor(PAGE_B, '乙'), keyFor(PAGE_A, '甲')]);
  assert.deepEqual([...reads].sort(), [...new Set(reads)].sort(), 'a file was read twice');
  assert.ok(reads.includes('_astro/print.css'));
  assert.ok(!reads.some((path) => path.includes('__pdf-fonts') || path.includes('400.css')));
});
