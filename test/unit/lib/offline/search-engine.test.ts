import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OFFLINE_CACHES } from '../../../../src/lib/offline/cache-names.ts';
import { searchEngineFiles } from '../../../../src/lib/offline/search-engine.ts';

describe('searchEngineFiles', () => {
  test('the loader, worker, entry and wasm go to the search cache, the hashed meta file to the index cache', () => {
    const entry = {
      version: '1.6.0',
      languages: { 'zh-cn': { hash: 'zh-cn_aea6379e58a4d', wasm: null, page_count: 51 } },
    };
    assert.deepEqual(searchEngineFiles('/training/pagefind/', entry), [
      { url: '/training/pagefind/pagefind.js', cache: OFFLINE_CACHES.search },
      { url: '/training/pagefind/pagefind-worker.js', cache: OFFLINE_CACHES.search },
      { url: '/training/pagefind/pagefind-entry.json', cache: OFFLINE_CACHES.search },
      { url: '/training/pagefind/pagefind.zh-cn_aea6379e58a4d.pf_meta', cache: OFFLINE_CACHES.searchIndex },
      { url: '/training/pagefind/wasm.unknown.pagefind', cache: OFFLINE_CACHES.search },
    ]);
  });

  test('a language with a stemmer names its wasm; two languages sharing none need one wasm', () => {
    const urls = searchEngineFiles('/pagefind/', {
      languages: { en: { hash: 'en_1', wasm: 'en' }, 'zh-cn': { hash: 'zh_2' }, ja: { hash: 'ja_3' } },
    }).map(({ url }) => url);
    assert.deepEqual(
      urls.filter((url) => url.includes('wasm.')),
      ['/pagefind/wasm.en.pagefind', '/pagefind/wasm.unknown.pagefind'],
    );
    assert.equal(urls.filter((url) => url.endsWith('.pf_meta')).length, 3);
  });

  test('an unreadable entry file leaves only the fixed names, and no path outside the folder', () => {
    assert.equal(searchEngineFiles('/pagefind/', null).length, 3);
    assert.equal(searchEngineFiles('/pagefind/', 'not json').length, 3);
    const urls = searchEngineFiles('/pagefind/', { languages: { x: { hash: '../../sw', wasm: '../x' } } });
    assert.ok(
      urls.every(({ url }) => !url.includes('..')),
      JSON.stringify(urls),
    );
  });
});
