import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readImportGraph } from '../../helpers/import-graph.ts';

// ARCHITECTURE.md is where a newcomer learns where things go, so the claims in it that a machine
// can check are checked: the domain table matches src/lib, and every path it names exists.
const doc = readFileSync('ARCHITECTURE.md', 'utf8');
const libFolders = readdirSync('src/lib', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** The rows of the domain table: folder name → the domains it says the folder imports. */
const domainRows = new Map(
  [...doc.matchAll(/^\| `src\/lib\/([^/`]+)\/` +\|[^|]*\| *([^|]*?) *\|$/gm)].map((m) => [
    m[1]!,
    m[2] === '—' ? [] : m[2]!.split(/,\s*/),
  ]),
);

test('every src/lib folder has a row in the domain table, and every row names a folder that exists', () => {
  assert.deepEqual([...domainRows.keys()].sort(), libFolders);
});

test('each src/lib folder imports only the domains its row lists', () => {
  const domain = (file: string) => /^src\/lib\/([^/]+)\//.exec(file)?.[1];
  const unlisted = new Set<string>();
  for (const [file, imports] of readImportGraph(['src/lib'])) {
    const from = domain(file)!;
    for (const to of imports.map(domain)) {
      if (to && to !== from && !domainRows.get(from)?.includes(to)) unlisted.add(`${from} → ${to}`);
    }
  }
  assert.deepEqual([...unlisted].sort(), []);
});

test('every path ARCHITECTURE.md names in backticks exists', () => {
  const prose = doc.replace(/^```[\s\S]*?^```/gm, '');
  const tokens = [...new Set([...prose.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!))];
  const paths = tokens.filter(
    (token) =>
      !token.startsWith('/') &&
      /^[\w.@[\]<>*-]+(\/[\w.@[\]<>*-]*)*$/.test(token) &&
      (/^(src|test|scripts|content|docs|lib)\//.test(token) ||
        token.endsWith('/') ||
        /\.(ts|astro|css|yaml|json|md|mdx)$/.test(token)),
  );
  assert.ok(paths.length > 20, `found only ${paths.length} paths`);
  const missing = paths.filter((path) => !pathExists(path));
  assert.deepEqual(missing, []);
});

const everyPath = [
  ...['src', 'scripts', 'test', 'content', 'docs'].flatMap((root) =>
    readdirSync(root, { withFileTypes: true, recursive: true }).map(
      (entry) => `${entry.parentPath}/${entry.name}${entry.isDirectory() ? '/' : ''}`,
    ),
  ),
];

/**
 * A path from the repository root, or from `src/` (`lib/…`), or the tail of a longer path
 * (`print/PrintModule.astro`). A placeholder or glob (`<year>.yaml`, `*.yaml`, `**`) counts from
 * the folder before it.
 */
function pathExists(path: string): boolean {
  const wild = path.search(/[<*]/);
  const fixed = wild < 0 ? path : path.slice(0, path.lastIndexOf('/', wild) + 1);
  if (fixed === '') return true;
  if (existsSync(fixed) || existsSync(`src/${fixed}`)) return true;
  return everyPath.some((candidate) => candidate.endsWith(`/${fixed}`));
}
