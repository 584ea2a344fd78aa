import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INDEX_AFTER_BUILD, searchIndex } from '../../../src/integrations/search-index.ts';

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
