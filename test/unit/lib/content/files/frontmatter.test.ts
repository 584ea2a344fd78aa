import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitFrontmatter } from '../../../../../src/lib/content/files/frontmatter.ts';

test('splitFrontmatter finds the YAML block and where the body starts', () => {
  const parts = splitFrontmatter('---\ntitle: 甲\ncode: DX-001\n---\n\n正文\n');
  assert.equal(parts.frontmatter, 'title: 甲\ncode: DX-001');
  assert.equal(parts.frontmatterLine, 2);
  assert.equal(parts.bodyLine, 5);
  assert.equal(parts.body, '\n正文\n');
});

test('splitFrontmatter reports a file without frontmatter', () => {
  assert.equal(splitFrontmatter('# 只有正文').frontmatter, undefined);
});
