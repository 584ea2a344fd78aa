import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assetRefs, reachable, scriptRefs } from '../../../../src/lib/offline/shell-assets.ts';

test('a page links its scripts and styles under the base; other links are not assets', () => {
  const html =
    '<link rel="stylesheet" href="/training/_astro/index.Ab1.css"><script type="module" src="/training/_astro/page.Cd2.js?v=1"></script>' +
    '<a href="/training/modules/dx-001/">课</a><img src="/training/_astro/photo.Ef3.webp">';
  assert.deepEqual(assetRefs(html, '/training/'), [
    '_astro/index.Ab1.css',
    '_astro/page.Cd2.js',
    '_astro/photo.Ef3.webp',
  ]);
});

test('a script loads its sibling chunks by static import, import() and Vite’s preload lists', () => {
  const js =
    'import{a as o}from"./shared.X1.js";const l=()=>import("./lazy.Y2.js");const d=["_astro/lazy.Y2.js","_astro/lazy.Z3.css"];';
  assert.deepEqual(scriptRefs(js), [
    '_astro/shared.X1.js',
    '_astro/lazy.Y2.js',
    '_astro/lazy.Y2.js',
    '_astro/lazy.Z3.css',
  ]);
});

test('what member pages reach is kept; a chunk only the ledger loads is not', () => {
  const imports: Record<string, string[]> = {
    '_astro/page.js': ['_astro/shared.js', '_astro/search.js'],
    '_astro/search.js': ['_astro/shared.js'],
    '_astro/ledger.js': ['_astro/shared.js', '_astro/spreadsheet.js'],
  };
  const kept = reachable(['_astro/page.js', '_astro/site.css'], (file) => imports[file] ?? []);
  assert.deepEqual([...kept].sort(), [
    '_astro/page.js',
    '_astro/search.js',
    '_astro/shared.js',
    '_astro/site.css',
  ]);
});
