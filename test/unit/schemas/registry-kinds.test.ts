import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  REGISTRY_ID,
  REGISTRY_KIND_IDS,
  REGISTRY_KINDS,
  REGISTRY_QR_KINDS,
  registryCode,
  registryTargetOf,
} from '../../../src/schemas/registry-kinds.ts';
import { RegistryEntrySchema } from '../../../src/schemas/qr-registry.ts';

test('every kind has its own segment and QR kind', () => {
  const segments = REGISTRY_KIND_IDS.map((kind) => REGISTRY_KINDS[kind].segment);
  assert.equal(new Set(segments).size, segments.length);
  assert.equal(new Set(REGISTRY_QR_KINDS).size, REGISTRY_QR_KINDS.length);
  assert.ok(!REGISTRY_QR_KINDS.includes('module') && !REGISTRY_QR_KINDS.includes('path'));
});

test('an entry’s short code is <qrKind>-<id>, a valid QR registry line, and reads back', () => {
  const code = registryCode('venues', 'jinggangshan');
  assert.equal(code, 'venue-jinggangshan');
  assert.ok(RegistryEntrySchema.safeParse({ code, kind: 'venue', issued: '2026-12-06' }).success);
  assert.deepEqual(registryTargetOf('venue', code), { kind: 'venues', id: 'jinggangshan' });
  assert.equal(registryTargetOf('venue', 'lecturer-li'), undefined);
  assert.equal(registryTargetOf('module', 'DX-001'), undefined);
  // Ids may start with a digit (a class of 2027); the code still starts with a letter.
  assert.ok(REGISTRY_ID.test('2027-activist'));
  assert.ok(
    RegistryEntrySchema.safeParse({
      code: registryCode('classes', '2027-activist'),
      kind: 'class',
      issued: '2026-12-06',
    }).success,
  );
});

test('every reference path starts at a module, a plan or another registry kind', () => {
  const sources = new Set<string>(['modules', 'plans', ...REGISTRY_KIND_IDS]);
  for (const kind of REGISTRY_KIND_IDS) {
    for (const { from } of REGISTRY_KINDS[kind].references) assert.ok(sources.has(from), `${kind}: ${from}`);
  }
});
