import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadRegistry } from '../../../../../src/lib/content/qr/load-registry.ts';
import { liveTargets } from '../../../../../src/lib/modules/publication.ts';
import {
  createShortLinks,
  shortLinkPages,
  shortLinkTarget,
  shortLinkTargets,
} from '../../../../../src/lib/content/qr/short-links.ts';
import { createRoutes } from '../../../../../src/lib/routes/routes.ts';
import type { RegistryEntry } from '../../../../../src/schemas/qr-registry.ts';
import { pageWrittenBy } from '../../../../helpers/route-files.ts';

test('every registered code prints a URL that the short-link route writes a page for', () => {
  const registry = loadRegistry();
  // Every registered target taken as live, so each code gets its page (none is dropped as broken).
  const codes = new Set(registry.map((entry) => entry.code));
  const live = { modules: codes, groups: codes, registries: codes };
  const written = new Set(
    shortLinkPages(registry, live).map(({ params }) => pageWrittenBy('q/[code].astro', params)),
  );
  assert.ok(registry.length > 0);
  for (const base of ['/', '/training/']) {
    const routes = createRoutes(base);
    for (const { code } of registry) {
      const printed = new URL(routes.shortLinkUrl('https://dangjian.example.cn', code));
      assert.ok(printed.pathname.startsWith(base), printed.href);
      const page = printed.pathname.slice(base.length);
      assert.ok(written.has(page), `${code}: ${printed.href} opens no page`);
    }
  }
});

test('the offline table holds the page each forwarding short link opens, keyed by its slug', () => {
  const issued = new Date('2025-01-01');
  const registry: RegistryEntry[] = [
    { code: 'DX-001', kind: 'module', issued },
    { code: 'DX-002', kind: 'module', issued, supersededBy: 'DX-001' },
    { code: 'activist', kind: 'path', issued },
    { code: 'DX-003', kind: 'module', issued, retired: '本课已并入 DX-001。' },
    { code: 'DX-004', kind: 'module', issued },
  ];
  // The pages' own call: a draft (built by `astro dev`) is no target, as on the published site.
  const live = liveTargets(
    [
      { code: 'DX-001', status: 'published' },
      { code: 'DX-004', status: 'draft' },
    ],
    [{ id: 'activist' }],
  );
  const links = createShortLinks(registry, live);
  assert.deepEqual(shortLinkTargets(links), {
    'dx-001': 'modules/dx-001/',
    'dx-002': 'modules/dx-001/',
    activist: 'paths/activist/',
  });
  const retired = links.find((link) => link.code === 'DX-003');
  assert.ok(retired && shortLinkTarget(retired) === undefined, 'a retired code forwards nowhere');
});

test('a registry entry’s code forwards to its entry page', () => {
  const registry: RegistryEntry[] = [
    { code: 'venue-jinggangshan', kind: 'venue', issued: new Date('2026-12-06') },
  ];
  const live = {
    modules: new Set<string>(),
    groups: new Set<string>(),
    registries: new Set(['venue-jinggangshan']),
  };
  const [link] = createShortLinks(registry, live);
  assert.ok(link);
  assert.equal(shortLinkTarget(link), 'venues/jinggangshan/');
  // Not live (the venue's file is gone): no page, the checker reports the printed code instead.
  assert.deepEqual(createShortLinks(registry, { ...live, registries: new Set() }), []);
});
