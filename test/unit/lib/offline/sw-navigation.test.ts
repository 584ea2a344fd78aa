import assert from 'node:assert/strict';
import { after, beforeEach, describe, test } from 'node:test';
import { OFFLINE_CACHES } from '../../../../src/lib/offline/cache-names.ts';
import { offlineNavigation } from '../../../../src/lib/offline/sw-navigation.ts';

const scope = 'https://dangjian.example.cn/training/';
const offlinePage =
  '<title>离线阅读 | 党员教育培训课程</title><p data-offline-empty hidden>还没有保存任何页面。</p><ul data-offline-list hidden></ul>';

/** A CacheStorage over plain maps, enough for the plugin: match (ignoreSearch), keys, open. */
function fakeCaches(stores: Record<string, Record<string, string>>) {
  const cache = (entries: Record<string, string>) => ({
    match: async (key: string | Request, options?: { ignoreSearch?: boolean }) => {
      const wanted = typeof key === 'string' ? key : key.url;
      const hit = Object.keys(entries).find((url) =>
        options?.ignoreSearch ? url.split('?')[0] === wanted.split('?')[0] : url === wanted,
      );
      return hit === undefined ? undefined : new Response(entries[hit]);
    },
    keys: async () => Object.keys(entries).map((url) => new Request(url)),
  });
  return {
    open: async (name: string) => cache((stores[name] ??= {})),
    match: async (key: string, options?: { ignoreSearch?: boolean }) => {
      for (const entries of Object.values(stores)) {
        const hit = await cache(entries).match(key, options);
        if (hit) return hit;
      }
      return undefined;
    },
  };
}

const plugin = offlineNavigation;
const world = globalThis as unknown as Record<string, unknown>;
after(() => {
  delete world.registration;
  delete world.caches;
});

let stores: Record<string, Record<string, string>>;
beforeEach(() => {
  stores = {
    'workbox-precache-v2': {
      [`${scope}offline/index.html?__WB_REVISION__=1`]: offlinePage,
      [`${scope}offline-links.json?__WB_REVISION__=2`]: JSON.stringify({ 'dx-001': 'modules/dx-001/' }),
    },
    [OFFLINE_CACHES.pages]: {
      [`${scope}modules/dx-001/`]: '<title>党史中的国企故事 | 党员教育培训课程</title>',
    },
  };
  world.registration = { scope };
  world.caches = fakeCaches(stores);
});

const failed = (url: string) => plugin.handlerDidError({ request: new Request(url) });

describe('offlineNavigation', () => {
  test('a printed short link, in any case, with or without its slash, opens the saved module', async () => {
    for (const path of ['q/dx-001/', 'q/DX-001', 'modules/dx-001']) {
      const response = await failed(`${scope}${path}`);
      assert.equal(response?.status, 302, path);
      assert.equal(response?.headers.get('location'), `${scope}modules/dx-001/`, path);
    }
  });

  test('a page not saved gets the offline page, with the saved pages already listed in it', async () => {
    delete stores[OFFLINE_CACHES.pages]![`${scope}modules/dx-001/`];
    stores[OFFLINE_CACHES.pages]![`${scope}paths/activist/`] =
      '<title>入党积极分子 | 党员教育培训课程</title>';
    const html = await (await failed(`${scope}q/dx-001/`))!.text();
    assert.match(
      html,
      /<ul data-offline-list data-offline-rendered><li><a href="[^"]+paths\/activist\/">入党积极分子</,
    );
    assert.match(html, /<p data-offline-empty hidden>/);
  });

  test('with nothing saved, the offline page says so at once', async () => {
    stores[OFFLINE_CACHES.pages] = {};
    const html = await (await failed(`${scope}modules/dx-002/`))!.text();
    assert.match(html, /<p data-offline-empty>/);
  });

  test('the offline page read from the cache lists the saved pages too; other pages pass as they are', async () => {
    const read = (url: string, body: string) =>
      plugin.cachedResponseWillBeUsed({
        request: new Request(url),
        cachedResponse: new Response(body),
      });
    assert.match(await (await read(`${scope}offline/`, offlinePage))!.text(), /党史中的国企故事<\/a>/);
    assert.equal(await (await read(`${scope}modules/dx-001/`, 'lesson'))!.text(), 'lesson');
  });

  test('when the caches cannot be read, it leaves the answer to the next plugin', async () => {
    world.caches = undefined;
    assert.equal(await failed(`${scope}q/dx-001/`), undefined);
  });
});
