import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { shellManifestOptions, WORKER_ROUTES } from '../../../../src/lib/offline/sw-config.ts';

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

describe('shellManifestOptions', () => {
  test('precaches the shell only, with URLs relative to the worker, so any base path works', async () => {
    const { manifestEntries = [], count } = await getManifest(shellManifestOptions(outDir));
    const urls = manifestEntries.map(({ url }) => url);
    assert.deepEqual(urls.toSorted(), [
      '_astro/page.abc123.js',
      '_astro/style.def456.css',
      'offline-links.json',
      'offline/index.html',
    ]);
    assert.equal(count, 4);
    // The branch secretary's ledger keeps itself when first opened (src/browser/offline/keep-tool-offline.ts),
    // module pages when read; a member who only reads downloads no search engine (Pagefind's files
    // are kept once search is opened or a path is saved) and no traditional → simplified converter.
    // Hashed files are their own revision; the others carry one, so a rebuild refreshes them.
    const revisions = Object.fromEntries(manifestEntries.map(({ url, revision }) => [url, revision]));
    assert.equal(revisions['_astro/page.abc123.js'], null);
    assert.match(String(revisions['offline/index.html']), /^[0-9a-f]{32}$/);
  });
});

describe('the worker’s search routes', () => {
  /** The first route that takes a same-origin script fetch of `path`, as the worker tries them. */
  const routeFor = (path: string) => {
    const url = new URL(path, 'https://dangjian.example.cn');
    const request = { mode: 'cors', destination: 'script' } as const;
    return WORKER_ROUTES.find(({ matches }) => matches({ url, request, sameOrigin: true }));
  };

  test('hashed files are answered from the cache first; the loader, worker, wasm and entry from the network first', () => {
    for (const file of [
      'pagefind.zh-cn_1.pf_meta',
      'index/zh-cn_1.pf_index',
      'fragment/zh-cn_2.pf_fragment',
    ]) {
      assert.equal(routeFor(`/training/pagefind/${file}`)?.strategy, 'CacheFirst', file);
      assert.equal(routeFor(`/training/pagefind/${file}`)?.cacheName, 'dangjian-search-index');
    }
    for (const file of [
      'pagefind.js',
      'pagefind-worker.js',
      'pagefind-entry.json?ts=1',
      'wasm.unknown.pagefind',
    ]) {
      assert.equal(routeFor(`/training/pagefind/${file}`)?.strategy, 'NetworkFirst', file);
      assert.equal(routeFor(`/training/pagefind/${file}`)?.cacheName, 'dangjian-search');
    }
  });

  test('the entry file is kept under one key, whatever timestamp Pagefind appends', () => {
    assert.equal(routeFor('/pagefind/pagefind-entry.json')?.ignoreQuery, true);
    assert.equal(routeFor('/pagefind/pagefind.zh-cn_1.pf_meta')?.ignoreQuery, undefined);
  });
});

describe('the worker’s page routes', () => {
  const routeFor = (path: string, mode: RequestMode) =>
    WORKER_ROUTES.find(({ matches }) =>
      matches({
        url: new URL(path, 'https://dangjian.example.cn'),
        request: { mode, destination: 'document' },
        sameOrigin: true,
      }),
    );

  test('pages are kept as read and fall back to the saved page or the offline page; downloads are not pages', () => {
    const page = routeFor('/training/modules/dx-001/', 'navigate');
    assert.equal(page?.strategy, 'NetworkFirst');
    assert.equal(page?.cacheName, 'dangjian-pages');
    assert.equal(page?.offlineFallback, true);
    const unslashed = routeFor('/training/q/DX-001', 'navigate');
    assert.equal(unslashed?.strategy, 'NetworkOnly');
    assert.equal(unslashed?.offlineFallback, true);
    assert.equal(routeFor('/training/packs/dx-001.pdf', 'navigate'), undefined);
  });
});
