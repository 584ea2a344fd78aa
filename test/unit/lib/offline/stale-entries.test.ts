import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { staleEntries } from '../../../../src/lib/offline/stale-entries.ts';

describe('staleEntries', () => {
  test('fetches what was never saved and what changed, and nothing else', () => {
    const wanted = ['/m/1/', '/m/2/', '/m/3/'];
    const latest = { '/m/1/': 'a', '/m/2/': 'b2', '/m/3/': 'c' };
    const saved = { '/m/1/': 'a', '/m/2/': 'b1' };
    assert.deepEqual(staleEntries(wanted, latest, saved), ['/m/2/', '/m/3/']);
  });

  test('a page the manifest does not know is kept once saved', () => {
    assert.deepEqual(staleEntries(['/m/9/'], {}, { '/m/9/': 'x' }), []);
    assert.deepEqual(staleEntries(['/m/9/'], {}, {}), ['/m/9/']);
  });
});
