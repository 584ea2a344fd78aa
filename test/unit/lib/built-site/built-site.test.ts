import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { BuiltSite } from '../../../../src/lib/built-site/built-site.ts';

const dir = mkdtempSync(join(tmpdir(), 'built-site-'));
after(() => rmSync(dir, { recursive: true, force: true }));
function file(path: string, text: string) {
  mkdirSync(join(dir, dirname(path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}
file('modules/b/index.html', '<main>乙</main>');
file('modules/a/index.html', '<main>甲</main>');
file('print/modules/a/index.html', '<main>打印</main>');
file('qr/a.svg', '<svg/>');
file('index.html', '<main>首页</main>');

test('the site is walked once into one sorted list of files with / separators', () => {
  const site = new BuiltSite(dir);
  assert.deepEqual(site.files, [
    'index.html',
    'modules/a/index.html',
    'modules/b/index.html',
    'print/modules/a/index.html',
    'qr/a.svg',
  ]);
  assert.deepEqual(site.pages, [
    'index.html',
    'modules/a/index.html',
    'modules/b/index.html',
    'print/modules/a/index.html',
  ]);
});

test('a page is read once: later steps see what earlier steps wrote, on disk and in memory', () => {
  const site = new BuiltSite(dir);
  assert.equal(site.text('modules/a/index.html'), '<main>甲</main>');
  site.write('modules/a/index.html', '<main>甲（改）</main>');
  assert.equal(site.text('modules/a/index.html'), '<main>甲（改）</main>');
  assert.equal(readFileSync(join(dir, 'modules/a/index.html'), 'utf8'), '<main>甲（改）</main>');
  assert.deepEqual(site.bytes('qr/a.svg'), Buffer.from('<svg/>'));
  assert.equal(site.bytes('https://example.org/a.png'), undefined);
});

test('a removed folder is gone from disk and from every later step', () => {
  const site = new BuiltSite(dir);
  site.text('print/modules/a/index.html');
  site.removeFolder('print');
  assert.equal(existsSync(join(dir, 'print')), false);
  assert.deepEqual(site.pages, ['index.html', 'modules/a/index.html', 'modules/b/index.html']);
  assert.equal(site.bytes('print/modules/a/index.html'), undefined);
});
