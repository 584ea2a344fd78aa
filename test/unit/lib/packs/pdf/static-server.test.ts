import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { findFontPackage } from '../../../../../src/lib/packs/pdf/engine.ts';
import { startStaticServer, type StaticServer } from '../../../../../src/lib/packs/pdf/static-server.ts';

const outDir = await mkdtemp(join(tmpdir(), 'pdf-server-test-'));
const font = findFontPackage();
let server: StaticServer;

before(async () => {
  await mkdir(join(outDir, 'print/党课'), { recursive: true });
  await mkdir(join(outDir, '_astro'));
  await writeFile(join(outDir, 'print/党课/index.html'), '<h1>党课</h1>');
  await writeFile(join(outDir, '_astro/print.css'), '@page { size: A4 }');
  await writeFile(join(outDir, 'secret.txt'), '在输出目录里，但不在 base 之下');
  server = await startStaticServer({ outDir, base: '/training/', fontDir: font.dir });
});
after(async () => {
  await server.close();
  await rm(outDir, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) => fetch(`${server.origin}${path}`, init);

test('listens on 127.0.0.1 only', () => {
  assert.match(server.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
});

test('serves outDir under the base with the right content types', async () => {
  const page = await get('/training/print/%E5%85%9A%E8%AF%BE/index.html');
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(await page.text(), '<h1>党课</h1>');
  const css = await get('/training/_astro/print.css');
  assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
  assert.equal(await css.text(), '@page { size: A4 }');
  const folder = await get('/training/print/%E5%85%9A%E8%AF%BE/');
  assert.equal(await folder.text(), '<h1>党课</h1>');
});

test('serves the font package at /__pdf-fonts/, woff2 as font/woff2', async () => {
  const css = await get('/__pdf-fonts/400.css');
  assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
  assert.match(await css.text(), /font-family: 'Noto Serif SC'/);
  const woff2 = (await readdir(join(font.dir, 'files'))).find((name) => name.endsWith('-400-normal.woff2'))!;
  for (const mount of ['/__pdf-fonts/', '/training/__pdf-fonts/']) {
    const file = await get(`${mount}files/${woff2}`);
    assert.equal(file.status, 200, mount);
    assert.equal(file.headers.get('content-type'), 'font/woff2');
    assert.equal(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 4)
        .toString('latin1'),
      'wOF2',
    );
  }
});

test('nothing outside the base, outDir or the font package is served', async () => {
  for (const path of [
    '/secret.txt',
    '/training/missing.css',
    '/training/..%2Fsecret.txt',
    '/__pdf-fonts/..%2F..%2F..%2Fpackage.json',
    '/training/%2e%2e/%2e%2e/etc/passwd',
  ]) {
    const response = await get(path);
    assert.equal(response.status, 404, path);
    await response.body?.cancel();
  }
});

test('answers HEAD without a body and refuses writes', async () => {
  const head = await get('/training/_astro/print.css', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(head.headers.get('content-length'), String('@page { size: A4 }'.length));
  const post = await get('/training/_astro/print.css', { method: 'POST', body: 'x' });
  assert.equal(post.status, 405);
  await post.body?.cancel();
});
