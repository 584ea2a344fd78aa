import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createOfflineManifest, isSaveablePage } from '../../../../src/lib/offline/manifest.ts';
import { sitePaths } from '../../../../src/lib/routes/routes.ts';

const page = (file: string, body: string) => ({
  file,
  html: `<html><body><main>${body}</main></body></html>`,
});
const bytes = (text: string) => new TextEncoder().encode(text);

describe('isSaveablePage', () => {
  test('module and path pages are saveable; catalog pages, schedules and other pages are not', () => {
    assert.ok(isSaveablePage('modules/dx-001/index.html'));
    assert.ok(isSaveablePage('paths/activist/index.html'));
    assert.ok(!isSaveablePage('modules/index.html'));
    assert.ok(!isSaveablePage('modules/page/2/index.html'));
    assert.ok(!isSaveablePage('paths/activist/schedule/index.html'));
    assert.ok(!isSaveablePage('index.html'));
  });

  test('the saveable pages are the ones the route builders write', () => {
    assert.ok(isSaveablePage(`${sitePaths.module('ＤＸ-001')}index.html`));
    assert.ok(isSaveablePage(`${sitePaths.path('activist')}index.html`));
    assert.ok(!isSaveablePage(`${sitePaths.shortLink('DX-001')}index.html`));
    assert.ok(!isSaveablePage(`${sitePaths.printModule('DX-001', 'member')}index.html`));
  });
});

describe('createOfflineManifest', () => {
  const files: Record<string, string> = { '/training/_astro/map.png': 'png-1' };
  const build = (lesson: string, image = 'png-1') =>
    createOfflineManifest(
      [
        page('modules/dx-001/index.html', lesson),
        page('modules/dx-002/index.html', '<img src="/training/_astro/map.png">'),
      ],
      '/training/',
      (url) => (url in files ? bytes(url === '/training/_astro/map.png' ? image : files[url]!) : undefined),
    );

  test('keys pages by their URL under the base path, each with a revision and its images', () => {
    const manifest = build('第一课');
    assert.deepEqual(Object.keys(manifest.pages), ['/training/modules/dx-001/', '/training/modules/dx-002/']);
    assert.deepEqual(Object.keys(manifest.pages['/training/modules/dx-002/']!.assets), [
      '/training/_astro/map.png',
    ]);
  });

  test('a rebuild changes only the revisions of what changed', () => {
    const before = build('第一课');
    const edited = build('第一课（修订）');
    assert.notEqual(
      edited.pages['/training/modules/dx-001/']!.rev,
      before.pages['/training/modules/dx-001/']!.rev,
    );
    assert.deepEqual(edited.pages['/training/modules/dx-002/'], before.pages['/training/modules/dx-002/']);
    const newImage = build('第一课', 'png-2');
    assert.notEqual(
      newImage.pages['/training/modules/dx-002/']!.assets['/training/_astro/map.png'],
      before.pages['/training/modules/dx-002/']!.assets['/training/_astro/map.png'],
    );
  });
});
