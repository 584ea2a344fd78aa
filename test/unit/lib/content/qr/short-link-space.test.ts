import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  findShortLinkClashes,
  type ShortLinkClaim,
} from '../../../../../src/lib/content/qr/short-link-space.ts';

const module = (code: string, file = `${code}.mdx`): ShortLinkClaim => ({
  kind: 'module',
  code,
  file,
  line: 3,
});
const group = (code: string): ShortLinkClaim => ({ kind: 'path', code, file: 'groups.yaml', line: 1 });
const issued = (claim: ShortLinkClaim): ShortLinkClaim => ({
  ...claim,
  file: 'qr-registry.yaml',
  issued: true,
});
const pairs = (claims: ShortLinkClaim[]) =>
  findShortLinkClashes(claims).map(
    ({ claim, holder, slug }) => `${claim.file} ${claim.code} → ${holder.file} ${holder.code} /q/${slug}/`,
  );

test('a group id that is a module code in another case clashes with the module listed first', () => {
  assert.deepEqual(pairs([module('DX-001'), group('dx-001'), group('activist')]), [
    'groups.yaml dx-001 → DX-001.mdx DX-001 /q/dx-001/',
  ]);
});

test('NFKC folds a full-width spelling onto the same short link', () => {
  assert.deepEqual(pairs([module('DX-001'), group('ｄｘ-００１')]), [
    'groups.yaml ｄｘ-００１ → DX-001.mdx DX-001 /q/dx-001/',
  ]);
});

test('a printed code keeps its short link against a new item of another kind', () => {
  assert.deepEqual(pairs([issued(group('dx-001')), module('DX-001')]), [
    'DX-001.mdx DX-001 → qr-registry.yaml dx-001 /q/dx-001/',
  ]);
});

test('the same code of the same kind is one item, reported once at most', () => {
  assert.deepEqual(pairs([issued(module('DX-001')), module('DX-001'), module('DX-001', 'copy.mdx')]), []);
  assert.deepEqual(
    pairs([issued(module('DX-001')), issued(group('dx-001')), module('DX-001'), group('dx-001')]),
    ['qr-registry.yaml dx-001 → qr-registry.yaml DX-001 /q/dx-001/'],
  );
});
