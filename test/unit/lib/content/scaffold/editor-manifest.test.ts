import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addToEditorManifest } from '../../../../../src/lib/content/scaffold/editor-manifest.ts';

const manifest = JSON.stringify({
  collections: [{ hasSchema: true, name: 'modules' }],
  entries: { 'file:///repo/content/modules/theory/ll-001.mdx': 'modules' },
});

test('a new module joins the manifest under its lower-case file URL, as Astro writes it', () => {
  const updated = JSON.parse(
    addToEditorManifest(manifest, 'file:///Repo/content/modules/theory/LL-002.mdx')!,
  );
  assert.deepEqual(updated.entries, {
    'file:///repo/content/modules/theory/ll-001.mdx': 'modules',
    'file:///repo/content/modules/theory/ll-002.mdx': 'modules',
  });
});

test('a manifest Astro did not write is left alone', () => {
  assert.equal(addToEditorManifest('{', 'file:///x.mdx'), undefined);
  assert.equal(addToEditorManifest('{"collections":[]}', 'file:///x.mdx'), undefined);
});
