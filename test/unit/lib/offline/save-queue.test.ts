import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { saveEach } from '../../../../src/lib/offline/save-queue.ts';

const noSleep = async () => {};

describe('saveEach', () => {
  test('retries a failing URL and carries on with the rest when it keeps failing', async () => {
    const tries = new Map<string, number>();
    const progress: string[] = [];
    const result = await saveEach(
      ['/a/', '/broken/', '/flaky/', '/b/'],
      async (url) => {
        const n = (tries.get(url) ?? 0) + 1;
        tries.set(url, n);
        if (url === '/broken/' || (url === '/flaky/' && n < 2)) throw new Error('network');
      },
      { sleep: noSleep, onProgress: (done, total) => progress.push(`${done}/${total}`) },
    );
    assert.deepEqual(result, { saved: ['/a/', '/flaky/', '/b/'], failed: ['/broken/'] });
    assert.equal(tries.get('/broken/'), 3);
    assert.equal(tries.get('/flaky/'), 2);
    assert.deepEqual(progress, ['1/4', '2/4', '3/4', '4/4']);
  });
});
