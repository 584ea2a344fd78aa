import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
// The library Astro's glob() loader calls, with the options it passes (astro/dist/content/loaders/glob.js).
import { glob } from 'tinyglobby';
import {
  globPatterns,
  PUBLISHED_FILES,
  type PublishedCollection,
} from '../../../../../src/lib/content/files/file-set.ts';
import { readContentSources } from '../../../../../src/lib/content/files/sources.ts';
import { checkFileSet } from '../../../../../src/lib/content/validation/file-set-checks.ts';

// Names a careless or hostile pull request could add, each in both collections.
const tricky = [
  'a.mdx',
  'theory/b.mdx',
  'x.md',
  'y.MDX',
  'z.Mdx',
  '_draft.mdx',
  '_partials/c.mdx',
  'theory/_notes/d.mdx',
  '.hidden.mdx',
  '.folder/e.mdx',
  'f.mdx.bak',
  'images/g.png',
];
const root = mkdtempSync(join(tmpdir(), 'file-set-'));
after(() => rmSync(root, { recursive: true, force: true }));
for (const { base } of Object.values(PUBLISHED_FILES)) {
  for (const name of tricky) {
    mkdirSync(dirname(join(root, base, name)), { recursive: true });
    writeFileSync(join(root, base, name), '---\ntitle: 示例\n---\n\n正文。\n');
  }
  mkdirSync(join(root, base, 'elsewhere'), { recursive: true });
  symlinkSync(join(root, base, 'a.mdx'), join(root, base, 'linked.mdx'));
  symlinkSync(join(root, base, 'theory'), join(root, base, 'linked-folder'));
}
writeFileSync(join(root, 'content', 'stray.mdx'), '');

for (const collection of Object.keys(PUBLISHED_FILES) as PublishedCollection[]) {
  test(`${collection}: every file Astro's loader would publish is read by the checker or refused by it`, async () => {
    const { base } = PUBLISHED_FILES[collection];
    const astro = (await glob(globPatterns(collection), { cwd: join(root, base), expandDirectories: false }))
      .map((file) => `${base}/${file}`)
      .sort();
    const sources = readContentSources(root);
    const read = (collection === 'modules' ? sources.modules : (sources.pages ?? [])).map(({ file }) => file);
    const refused = checkFileSet(sources.contentPaths ?? [])
      .filter((issue) => issue.severity === 'error')
      .map((issue) => issue.file);
    // Astro follows symlinks (into linked-folder/ too); the checker reads none of them and refuses each link.
    const viaLink = (file: string) => refused.find((link) => file === link || file.startsWith(`${link}/`));
    assert.deepEqual(
      astro.filter((file) => !viaLink(file)),
      read.sort(),
    );
    assert.deepEqual(read, [`${base}/a.mdx`, `${base}/theory/b.mdx`]);
    assert.ok(astro.some(viaLink), 'the symlinks are what Astro would publish and the checker refuses');
  });
}

test('every file that looks like a page but is not published is named', () => {
  const named = checkFileSet(readContentSources(root).contentPaths ?? []).map(
    (issue) => `${issue.file} ${issue.code}`,
  );
  for (const { base } of Object.values(PUBLISHED_FILES)) {
    for (const name of ['x.md', 'y.MDX', 'z.Mdx', '.hidden.mdx', '.folder/e.mdx']) {
      assert.ok(named.includes(`${base}/${name} file-stray`), `${base}/${name}`);
    }
    assert.ok(named.includes(`${base}/linked.mdx file-symlink`));
    assert.ok(named.includes(`${base}/linked-folder file-symlink`));
  }
  assert.ok(named.includes('content/stray.mdx file-stray'));
  // Work in progress kept out on purpose is not a mistake.
  assert.ok(!named.some((line) => line.includes('_')));
});
