import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import {
  cachedPdfPath,
  pruneCache,
  restoreFromCache,
  saveToCache,
  tempPathFor,
} from '../../../../../src/lib/packs/pdf/pdf-cache.ts';

const dir = await mkdtemp(join(tmpdir(), 'pdf-cache-test-'));
after(() => rm(dir, { recursive: true, force: true }));
const key = (digit: string) => digit.repeat(64);

test('a saved PDF is restored byte for byte, and a missing key restores nothing', async () => {
  const cacheDir = join(dir, 'roundtrip');
  await mkdir(cacheDir);
  await writeFile(join(dir, 'rendered.pdf'), '%PDF-1.7 甲');
  await saveToCache(cacheDir, key('a'), join(dir, 'rendered.pdf'));
  assert.equal(await restoreFromCache(cacheDir, key('a'), join(dir, 'restored.pdf')), true);
  assert.equal(await readFile(join(dir, 'restored.pdf'), 'utf8'), '%PDF-1.7 甲');
  assert.equal(await restoreFromCache(cacheDir, key('b'), join(dir, 'never.pdf')), false);
  assert.deepEqual(
    (await readdir(dir)).filter((name) => name.endsWith('.tmp')),
    [],
  );
  assert.ok(!(await readdir(dir)).includes('never.pdf'));
});

test('temp names are hidden, beside the target, and unique', () => {
  const first = tempPathFor('/site/packs/dx-001.pdf');
  assert.match(first, /^\/site\/packs\/\.dx-001\.pdf\.[0-9a-f]{8}\.tmp$/);
  assert.notEqual(tempPathFor('/site/packs/dx-001.pdf'), first);
});

test('pruning keeps the keys in use, old leftovers go, other files stay', async () => {
  const cacheDir = join(dir, 'prune');
  await mkdir(cacheDir);
  for (const name of [
    `${key('a')}.pdf`,
    `${key('b')}.pdf`,
    'README.txt',
    '.x.pdf.1234abcd.tmp',
    '.y.pdf.5678abcd.tmp',
  ]) {
    await writeFile(join(cacheDir, name), '');
  }
  const now = Date.now();
  const twoHoursAgo = new Date(now - 2 * 60 * 60 * 1000);
  await utimes(join(cacheDir, '.x.pdf.1234abcd.tmp'), twoHoursAgo, twoHoursAgo);
  assert.equal(await pruneCache(cacheDir, new Set([key('a')]), now), 2);
  assert.deepEqual(
    (await readdir(cacheDir)).sort(),
    ['.y.pdf.5678abcd.tmp', 'README.txt', `${key('a')}.pdf`].sort(),
  );
  assert.equal(cachedPdfPath(cacheDir, key('a')), join(cacheDir, `${key('a')}.pdf`));
});
