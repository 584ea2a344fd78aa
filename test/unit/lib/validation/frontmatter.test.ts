import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLocatedYaml, splitFrontmatter } from '../../../../src/lib/validation/frontmatter.ts';

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

test('lineOf points at keys and list items in file lines', () => {
  const yaml = parseLocatedYaml('title: 甲\ngroups:\n  - ordinary\n  - activist\n', 2);
  assert.equal(yaml.lineOf(['title']), 2);
  assert.equal(yaml.lineOf(['groups']), 3);
  assert.equal(yaml.lineOf(['groups', 1]), 5);
});

test('lineOf falls back to the nearest existing parent', () => {
  const yaml = parseLocatedYaml('title: 甲\ngroups: [a]\n', 2);
  assert.equal(yaml.lineOf(['groups', 7]), 3);
  assert.equal(yaml.lineOf(['missing']), 2);
});

test('a repeated key is a YAML error, not a silent overwrite', () => {
  const yaml = parseLocatedYaml('hours: 2\nhours: 3\n');
  assert.equal(yaml.errors[0]?.code, 'DUPLICATE_KEY');
  assert.equal(yaml.errors[0]?.line, 2);
});
