import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sitemapFilter } from '../../../../src/lib/routes/sitemap.ts';

test('print pages are left out of the sitemap, at the root and under a base path', () => {
  const atRoot = sitemapFilter('/');
  assert.equal(atRoot('https://example.cn/print/modules/dx-001/'), false);
  assert.equal(atRoot('https://example.cn/print/paths/activist/poster/'), false);
  assert.equal(atRoot('https://example.cn/modules/dx-001/'), true);
  assert.equal(atRoot('https://example.cn/guide/print-and-share/'), true);
  const underBase = sitemapFilter('/training');
  assert.equal(underBase('https://example.cn/training/print/modules/dx-001/'), false);
  assert.equal(underBase('https://example.cn/training/paths/activist/'), true);
});

test('short links and the offline page are left out; pages that merely start alike stay', () => {
  const atRoot = sitemapFilter('/');
  assert.equal(atRoot('https://example.cn/q/dx-001/'), false);
  assert.equal(atRoot('https://example.cn/offline/'), false);
  assert.equal(atRoot('https://example.cn/qr-guide/'), true);
  assert.equal(atRoot('https://example.cn/guide/offline/'), true);
  const underBase = sitemapFilter('/training/');
  assert.equal(underBase('https://example.cn/training/q/activist/'), false);
  assert.equal(underBase('https://example.cn/training/offline/'), false);
  assert.equal(underBase('https://example.cn/training/overview/'), true);
});

test('the ledger page is listed; its print view, which shows only what a browser holds, is not', () => {
  const underBase = sitemapFilter('/training/');
  assert.equal(underBase('https://example.cn/training/branch/'), true);
  assert.equal(underBase('https://example.cn/training/branch/print/'), false);
});
