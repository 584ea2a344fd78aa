import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveCode } from '../../../../../src/lib/content/qr/registry.ts';
import { createShortLinks } from '../../../../../src/lib/content/qr/short-links.ts';
import type { RegistryEntry } from '../../../../../src/schemas/qr-registry.ts';

const issued = new Date('2026-01-01T00:00:00Z');
const entries: RegistryEntry[] = [
  { code: 'DX-001', kind: 'module', issued },
  { code: 'DX-002', kind: 'module', issued, supersededBy: 'DX-003' },
  { code: 'DX-003', kind: 'module', issued, supersededBy: 'DX-001' },
  { code: 'DX-004', kind: 'module', issued, retired: '本课已停用。' },
  { code: 'DX-005', kind: 'module', issued },
  { code: 'DX-006', kind: 'module', issued, supersededBy: 'DX-404' },
  { code: 'DX-007', kind: 'module', issued, supersededBy: 'DX-008' },
  { code: 'DX-008', kind: 'module', issued, supersededBy: 'DX-007' },
  { code: 'activist', kind: 'path', issued },
];
const registry = new Map(entries.map((entry) => [entry.code, entry]));
const live = { modules: new Set(['DX-001']), groups: new Set(['activist']) };

test('a live code opens its own page; a retired one its successor, through a chain', () => {
  assert.deepEqual(resolveCode('DX-001', registry, live), { kind: 'module', code: 'DX-001' });
  assert.deepEqual(resolveCode('DX-002', registry, live), { kind: 'module', code: 'DX-001' });
  assert.deepEqual(resolveCode('activist', registry, live), { kind: 'path', groupId: 'activist' });
});

test('a retired code without successor opens its retirement page', () => {
  assert.equal(resolveCode('DX-004', registry, live).kind, 'retired');
});

test('codes that would lead to a 404 are reported as broken, with the reason', () => {
  assert.deepEqual(resolveCode('DX-005', registry, live), {
    kind: 'broken',
    reason: 'missing',
    via: ['DX-005'],
  });
  assert.deepEqual(resolveCode('DX-006', registry, live), {
    kind: 'broken',
    reason: 'successor-missing',
    via: ['DX-006', 'DX-404'],
  });
  assert.deepEqual(resolveCode('DX-007', registry, live), {
    kind: 'broken',
    reason: 'cycle',
    via: ['DX-007', 'DX-008', 'DX-007'],
  });
});

test('short links redirect or retire, and never include broken codes', () => {
  const links = createShortLinks(entries, live);
  assert.deepEqual(
    links.map((link) => [link.slug, 'redirect' in link ? link.redirect.code : 'retired']),
    [
      ['dx-001', 'DX-001'],
      ['dx-002', 'DX-001'],
      ['dx-003', 'DX-001'],
      ['dx-004', 'retired'],
      ['activist', 'activist'],
    ],
  );
});
