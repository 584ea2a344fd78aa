import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  builtPages,
  INDEX_AFTER_BUILD,
  isSearchable,
  searchIndex,
} from '../../../src/integrations/search-index.ts';

/** Astro's config as the hook sees it: only the integrations list matters here. */
function configWithStarlight() {
  const pagefind = () => undefined;
  const starlight = { name: '@astrojs/starlight', hooks: { 'astro:build:done': pagefind } };
  return { starlight, pagefind, config: { integrations: [{ name: 'other', hooks: {} }, starlight] } };
}

function runConfigDone(config: object, env: string | undefined) {
  const saved = process.env.CURRICULUM_SEARCH_INDEX;
  if (env === undefined) delete process.env.CURRICULUM_SEARCH_INDEX;
  else process.env.CURRICULUM_SEARCH_INDEX = env;
  try {
    const hook = searchIndex().hooks['astro:config:done'] as (options: { config: object }) => void;
    hook({ config });
  } finally {
    if (saved === undefined) delete process.env.CURRICULUM_SEARCH_INDEX;
    else process.env.CURRICULUM_SEARCH_INDEX = saved;
  }
}

test('under npm run build, Starlight does not index inside Astro: the build indexes once, afterwards', () => {
  const { starlight, config } = configWithStarlight();
  runConfigDone(config, INDEX_AFTER_BUILD.CURRICULUM_SEARCH_INDEX);
  assert.equal(starlight.hooks['astro:build:done'], undefined);
});

test('a bare astro build still gets its search index from Starlight', () => {
  const { starlight, pagefind, config } = configWithStarlight();
  runConfigDone(config, undefined);
  assert.equal(starlight.hooks['astro:build:done'], pagefind);
});

test('the index is given every built page in one stable order, and list pages Starlight keeps out are left out', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'built-pages-'));
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
    const paths = await builtPages(dir);
    assert.deepEqual(paths, ['modules/a/index.html', 'modules/b/index.html', 'topics/index.html']);
    const searchable = paths.filter((path) => isSearchable(readFileSync(join(dir, path), 'utf8')));
    assert.deepEqual(searchable, ['modules/a/index.html', 'modules/b/index.html']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
