import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
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

// `src/lib` is grouped by domain (ARCHITECTURE.md names each folder): a file at its top has no
// domain, and two folders that import each other are one concern split in two.
test('src/lib has no loose files at its top: every file lives in a domain folder', () => {
  const loose = readdirSync('src/lib', { withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => `src/lib/${entry.name}`);
  assert.deepEqual(loose, []);
});

test('no two top-level folders of src/lib import each other (every folder, new ones too)', () => {
  const domain = (file: string) => /^src\/lib\/([^/]+)\//.exec(file)?.[1];
  const edges = new Map<string, string>();
  for (const [file, imports] of graph) {
    const from = domain(file);
    for (const target of imports) {
      const to = domain(target);
      if (from && to && from !== to && !edges.has(`${from} → ${to}`))
        edges.set(`${from} → ${to}`, `${file} → ${target}`);
    }
  }
  const mutual = [...edges.keys()]
    .filter((edge) => {
      const [from, to] = edge.split(' → ');
      return from! < to! && edges.has(`${to} → ${from}`);
    })
    .map((edge) => {
      const [from, to] = edge.split(' → ');
      return `${edges.get(edge)} and ${edges.get(`${to} → ${from}`)}`;
    });
  assert.deepEqual(mutual, []);
});
