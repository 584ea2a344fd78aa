import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadRegistry } from '../../../../src/lib/qr/load-registry.ts';
import { shortLinkPages } from '../../../../src/lib/qr/short-links.ts';
import { createRoutes } from '../../../../src/lib/routes.ts';
import { pageWrittenBy } from '../../../helpers/route-files.ts';

test('every registered code prints a URL that the short-link route writes a page for', () => {
  const registry = loadRegistry();
  // Every registered target taken as live, so each code gets its page (none is dropped as broken).
  const codes = new Set(registry.map((entry) => entry.code));
  const live = { modules: codes, groups: codes };
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
