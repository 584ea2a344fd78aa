import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Script } from 'node:vm';
import {
  bundleServiceWorker,
  MANIFEST_PLACEHOLDER,
  withPrecacheList,
} from '../../../../src/lib/offline/bundle-worker.ts';

const worker = await bundleServiceWorker();

test('the worker is one classic script with its workbox runtime, routes and offline fallback inside', () => {
  assert.doesNotThrow(() => new Script(worker), 'sw.js parses as a classic script');
  assert.doesNotMatch(worker, /^\s*(import|export)\b/m, 'no module syntax left');
  for (const name of [
    'workbox:precaching',
    'offline-links.json',
    'data-offline-rendered',
    'dangjian-pages',
    'dangjian-search',
    'dangjian-search-index',
    'dangjian-images',
  ]) {
    assert.ok(worker.includes(name), `${name} is in the worker`);
  }
  // Production build: workbox's development logging (its `%cworkbox` console prefix) is left out.
  assert.ok(!worker.includes('%cworkbox'), 'no development logging');
  assert.ok(!/process\.env/.test(worker), 'no process.env left for the browser');
});

test('the precache list is written where the placeholder stood, once', () => {
  const entries = [{ url: 'offline/index.html', revision: 'abc' }];
  const written = withPrecacheList(worker, entries);
  assert.ok(!written.includes(MANIFEST_PLACEHOLDER));
  assert.ok(written.includes(JSON.stringify(entries)));
  assert.throws(() => withPrecacheList('self.x = 1;', entries), /exactly once/);
  assert.throws(
    () => withPrecacheList(`${MANIFEST_PLACEHOLDER};${MANIFEST_PLACEHOLDER}`, entries),
    /exactly once/,
  );
});
