import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { offlineTarget } from '../../../../src/lib/offline/offline-target.ts';
import { shortLinkSlug, urlSegment } from '../../../../src/lib/routes/routes.ts';

const links = { 'dx-001': 'modules/dx-001/', activist: 'paths/activist/', 'dx-009': 'modules/dx-010/' };

describe('offlineTarget', () => {
  test('a short link, with or without its slash, stands for the page in the table', () => {
    assert.equal(offlineTarget('/q/dx-001/', '/', links), '/modules/dx-001/');
    assert.equal(offlineTarget('/q/dx-001', '/', links), '/modules/dx-001/');
    assert.equal(offlineTarget('/q/activist/', '/', links), '/paths/activist/');
    assert.equal(offlineTarget('/q/dx-009/', '/', links), '/modules/dx-010/', 'a superseded code');
  });

  test('the code in any case or width, as a phone may type or a scanner may send it', () => {
    assert.equal(offlineTarget('/q/DX-001/', '/', links), '/modules/dx-001/');
    assert.equal(offlineTarget('/Q/Dx-001', '/', links), '/modules/dx-001/');
    const fullWidth = encodeURIComponent('ＤＸ－００１');
    assert.equal(offlineTarget(`/q/${fullWidth}/`, '/', links), '/modules/dx-001/');
    // The table's keys are short-link slugs: the worker spells codes the same way.
    for (const code of ['DX-001', 'ＤＸ－００１', 'Activist']) {
      assert.ok(shortLinkSlug(code) in links, code);
      assert.equal(urlSegment(code), shortLinkSlug(code), 'the worker spells a code as short links do');
    }
  });

  test('under a base path, only URLs inside it', () => {
    assert.equal(offlineTarget('/training/q/dx-001', '/training/', links), '/training/modules/dx-001/');
    assert.equal(offlineTarget('/q/dx-001/', '/training/', links), undefined);
  });

  test('a page URL without its slash stands for the page with it; files and slashed URLs do not', () => {
    assert.equal(offlineTarget('/modules/dx-001', '/', links), '/modules/dx-001/');
    assert.equal(offlineTarget('/training/paths/activist', '/training/', links), '/training/paths/activist/');
    assert.equal(offlineTarget('/modules/dx-001/', '/', links), undefined);
    assert.equal(offlineTarget('/packs/paths/activist.pdf', '/', links), undefined);
    assert.equal(offlineTarget('/', '/', links), undefined);
  });

  test('an unknown or retired code is just a URL: with its slash added, nothing else', () => {
    assert.equal(offlineTarget('/q/zz-999/', '/', links), undefined);
    assert.equal(offlineTarget('/q/zz-999', '/', links), '/q/zz-999/');
    assert.equal(offlineTarget('/q/%E0%A4%A/', '/', links), undefined, 'a malformed escape');
  });
});
