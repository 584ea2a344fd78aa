import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { BuiltSite } from '../../../../src/lib/built-site/built-site.ts';
import { searchablePages } from '../../../../src/lib/search/index-site.ts';

test('the index gets every page Starlight marks, in one stable order; list pages and Pagefind’s own are left out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'index-site-'));
  try {
    const page = (path: string, html: string) => {
      mkdirSync(join(dir, dirname(path)), { recursive: true });
      writeFileSync(join(dir, path), html);
    };
    page('modules/b/index.html', '<main data-pagefind-body><h1>乙</h1></main>');
    page('modules/a/index.html', '<main data-pagefind-body><h1>甲</h1></main>');
    page('topics/index.html', '<main><h1>专题列表</h1></main>');
    page('pagefind/playground/index.html', '<main data-pagefind-body></main>');
    page('qr/a.svg', '<svg/>');
    assert.deepEqual(searchablePages(new BuiltSite(dir)), ['modules/a/index.html', 'modules/b/index.html']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
