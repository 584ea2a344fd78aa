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
  'modules/dx-001/index.html': '<h1>课程</h1>',
  'pagefind/pagefind.js': 'export {}',
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
      'pagefind/pagefind.js',
      'pagefind/wasm.unknown.pagefind',
    ]) {
      assert.ok(worker.includes(`"${url}"`), `${url} is precached`);
    }
    assert.equal(count, 6);
    assert.ok(!worker.includes('modules/dx-001'), 'module pages are not precached');
    assert.ok(!worker.includes('pf_index'), 'search index chunks are not precached');
    assert.ok(!/"\/training\//.test(worker) && !/"\/_astro\//.test(worker), 'no absolute URLs');
    assert.ok(worker.includes('dangjian-pages'), 'pages go to the shared page cache');
  });

  test('the worker it writes compiles, with the offline navigation callbacks and their helpers copied in', async () => {
    await generateSW(createServiceWorkerConfig(outDir));
    const worker = readFileSync(join(outDir, 'sw.js'), 'utf8');
    assert.doesNotThrow(() => new Script(worker), 'sw.js is valid JavaScript');
    for (const name of ['offlineTarget', 'withSavedList', 'offline-links.json', 'data-offline-rendered']) {
      assert.ok(worker.includes(name), `${name} is in the worker`);
    }
  });
});
