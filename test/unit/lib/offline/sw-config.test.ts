import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { Script } from 'node:vm';
import { generateSW } from 'workbox-build';
import { createServiceWorkerConfig } from '../../../../src/lib/offline/sw-config.ts';

// A tiny built site, as Astro writes it for BASE_PATH=/training/: files sit at the root of the
// output folder and the worker is served from /training/sw.js.
const outDir = mkdtempSync(join(tmpdir(), 'sw-config-'));
const files = {
  '_astro/page.abc123.js': 'console.log(1)',
  '_astro/style.def456.css': 'body{}',
  'offline/index.html': '<h1>离线阅读</h1>',
  'offline-links.json': '{"dx-001":"modules/dx-001/"}',
  'branch/index.html': '<h1>支部学习台账</h1>',
  'branch/data.json': '{"year":2027}',
  'modules/dx-001/index.html': '<h1>课程</h1>',
  '_astro/to-simplified.0a1b2c.js': 'export const toSimplified = (s) => s',
  'pagefind/pagefind.js': 'export {}',
  'pagefind/pagefind-worker.js': 'export {}',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/pagefind.zh-cn_1.pf_meta': 'meta',
  'pagefind/wasm.unknown.pagefind': 'wasm',
  'pagefind/index/zh-cn_1.pf_index': 'index chunk',
};
for (const [file, text] of Object.entries(files)) {
  mkdirSync(dirname(join(outDir, file)), { recursive: true });
  writeFileSync(join(outDir, file), text);
}
after(() => rmSync(outDir, { recursive: true, force: true }));

describe('createServiceWorkerConfig', () => {
  test('precaches the shell only, with URLs relative to the worker, so any base path works', async () => {
    const { count } = await generateSW(createServiceWorkerConfig(outDir));
    const worker = readFileSync(join(outDir, 'sw.js'), 'utf8');
    for (const url of [
      '_astro/page.abc123.js',
      '_astro/style.def456.css',
      'offline/index.html',
      'offline-links.json',
    ]) {
      assert.ok(worker.includes(`"${url}"`), `${url} is precached`);
    }
    assert.equal(count, 4);
    // The branch secretary's ledger keeps itself when first opened (src/browser/offline/keep-tool-offline.ts), not on every member's phone.
    assert.ok(!worker.includes('"branch/'), 'the ledger page and its data are not precached');
    assert.ok(!worker.includes('modules/dx-001'), 'module pages are not precached');
    // A member who only reads downloads no search engine: Pagefind's files are kept only once
    // search is opened (the worker's runtime routes) or a path is saved.
    assert.ok(!/"pagefind\/[^"]*"/.test(worker), 'no Pagefind file is precached');
    assert.ok(!worker.includes('to-simplified'), 'the traditional → simplified converter is not precached');
    assert.ok(!/url:\s*"\//.test(worker), 'no absolute URLs in the precache list');
    assert.ok(worker.includes('dangjian-pages'), 'pages go to the shared page cache');
  });

  test('the worker it writes compiles, with the offline navigation callbacks and their helpers copied in', async () => {
    await generateSW(createServiceWorkerConfig(outDir));
    const worker = readFileSync(join(outDir, 'sw.js'), 'utf8');
    assert.doesNotThrow(() => new Script(worker), 'sw.js is valid JavaScript');
    for (const name of [
      'offlineTarget',
      'withSavedList',
      'offline-links.json',
      'data-offline-rendered',
      'dangjian-search',
      'dangjian-search-index',
    ]) {
      assert.ok(worker.includes(name), `${name} is in the worker`);
    }
  });
});

describe('the worker’s search routes', () => {
  const routes = createServiceWorkerConfig(outDir).runtimeCaching!;
  /** The first route that takes a same-origin script fetch of `path`, as the worker tries them. */
  const routeFor = (path: string) => {
    const url = new URL(path, 'https://dangjian.example.cn');
    const request = { mode: 'cors', destination: 'script', url: url.href } as Request;
    return routes.find(
      ({ urlPattern }) =>
        typeof urlPattern === 'function' &&
        urlPattern({ url, request, sameOrigin: true, event: {} } as never),
    );
  };

  test('hashed files are answered from the cache first; the loader, worker, wasm and entry from the network first', () => {
    for (const file of [
      'pagefind.zh-cn_1.pf_meta',
      'index/zh-cn_1.pf_index',
      'fragment/zh-cn_2.pf_fragment',
    ]) {
      assert.equal(routeFor(`/training/pagefind/${file}`)?.handler, 'CacheFirst', file);
      assert.equal(routeFor(`/training/pagefind/${file}`)?.options?.cacheName, 'dangjian-search-index');
    }
    for (const file of [
      'pagefind.js',
      'pagefind-worker.js',
      'pagefind-entry.json?ts=1',
      'wasm.unknown.pagefind',
    ]) {
      assert.equal(routeFor(`/training/pagefind/${file}`)?.handler, 'NetworkFirst', file);
      assert.equal(routeFor(`/training/pagefind/${file}`)?.options?.cacheName, 'dangjian-search');
    }
  });

  test('the entry file is kept under one key, whatever timestamp Pagefind appends', async () => {
    const plugin = routeFor('/pagefind/pagefind-entry.json')!.options!.plugins![0]!;
    const key = await plugin.cacheKeyWillBeUsed!({
      request: new Request('https://dangjian.example.cn/pagefind/pagefind-entry.json?ts=1767225600000'),
      mode: 'read',
    } as never);
    assert.equal(key, 'https://dangjian.example.cn/pagefind/pagefind-entry.json');
  });
});
