import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { indexSite } from '../../../src/integrations/search-index.ts';

const work = mkdtempSync(join(tmpdir(), 'index-reuse-'));
after(() => rmSync(work, { recursive: true, force: true }));
const quiet = { info: () => undefined };

function site(name: string, pages: Record<string, string>): string {
  const dir = join(work, name);
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    writeFileSync(
      join(dir, path),
      `<!doctype html><html lang="zh-CN"><body><main data-pagefind-body>${body}</main></body></html>`,
    );
  }
  return dir;
}

/** Every file of a built index, with its bytes. */
function indexFiles(dir: string): Map<string, string> {
  const root = join(dir, 'pagefind');
  return new Map(
    (readdirSync(root, { recursive: true }) as string[])
      .filter((path) => path.includes('.'))
      .sort()
      .map((path) => [path, readFileSync(join(root, path)).toString('base64')]),
  );
}

test('a rebuild that keeps the previous index files gives exactly the index of a fresh build', async () => {
  const before = {
    'modules/a/index.html': '<h1>三会一课</h1><p>支部按时召开支部党员大会。</p>',
    'modules/b/index.html': '<h1>主题党日</h1><p>每月固定一天开展主题党日。</p>',
    'modules/c/index.html': '<h1>金点子</h1><p>征集降本增效的金点子。</p>',
  };
  const previous = site('previous', before);
  await indexSite(previous, quiet);
  // One lesson edited, one removed, one added.
  const after = {
    'modules/a/index.html': before['modules/a/index.html'],
    'modules/b/index.html': '<h1>主题党日</h1><p>主题党日改在每月第二个周五。</p>',
    'modules/d/index.html': '<h1>廉洁风险</h1><p>逐岗排查廉洁风险点。</p>',
  };
  const fresh = site('fresh', after);
  await indexSite(fresh, quiet);
  const rebuilt = site('rebuilt', after);
  await indexSite(rebuilt, quiet, { previous: join(previous, 'pagefind') });

  // The removed lesson's fragment, among others, must not survive the rebuild.
  assert.ok([...indexFiles(previous).keys()].some((file) => !indexFiles(fresh).has(file)));
  assert.deepEqual(indexFiles(rebuilt), indexFiles(fresh));
  // Unchanged files were kept from the previous build, not written again.
  const kept = [...indexFiles(previous).keys()].filter((file) => indexFiles(fresh).has(file));
  assert.ok(kept.some((file) => file.startsWith('fragment/')));
});

test('without a previous index, or with one that does not exist, the index is built from scratch', async () => {
  const dir = site('first', { 'modules/a/index.html': '<h1>党课</h1>' });
  await indexSite(dir, quiet, { previous: join(work, 'missing', 'pagefind') });
  assert.ok([...indexFiles(dir).keys()].some((file) => file.startsWith('fragment/')));
});
