import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { findImportCycles, readImportGraph } from '../../helpers/import-graph.ts';

// The layering ARCHITECTURE.md describes, enforced: a circle makes two modules one concern in
// two files, and `src/lib` stays pure so it is tested without Astro or Vite.
const graph = readImportGraph(['src', 'scripts']);

test('no module imports itself through others (type-only imports count too)', () => {
  assert.deepEqual(findImportCycles(graph), []);
});

test('pure logic in src/lib imports neither astro:* modules nor pages, components or content.ts', () => {
  const offending = [...graph.entries()].flatMap(([file, imports]) =>
    file.startsWith('src/lib/')
      ? imports
          .filter((target) => /^astro:|^virtual:|^src\/(pages|components|layouts|content\.ts)/.test(target))
          .map((target) => `${file} → ${target}`)
      : [],
  );
  assert.deepEqual(offending, []);
});

test('only src/content.ts reads content collections', () => {
  const readers = [...graph.keys()].filter((file) => /\bgetCollection\(/.test(readFileSync(file, 'utf8')));
  assert.deepEqual(readers, ['src/content.ts']);
});
