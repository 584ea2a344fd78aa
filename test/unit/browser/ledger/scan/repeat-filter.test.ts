import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRepeatFilter, REPEAT_QUIET_MS } from '../../../../../src/browser/ledger/scan/repeat-filter.ts';

test('a code held still in front of the camera passes once, however long it stays', () => {
  const filter = createRepeatFilter();
  const sightings = Array.from({ length: 240 }, (_, tick) => filter.accept('CODE-A', tick * 250));
  assert.deepEqual(
    sightings.map((passed, tick) => (passed ? tick : -1)).filter((tick) => tick >= 0),
    [0],
  );
});

test('the same code shown again after a quiet spell passes again; sooner it does not', () => {
  const filter = createRepeatFilter();
  assert.equal(filter.accept('CODE-A', 0), true);
  assert.equal(filter.accept('CODE-A', REPEAT_QUIET_MS - 1), false);
  // That sighting restarted the wait.
  assert.equal(filter.accept('CODE-A', 2 * REPEAT_QUIET_MS - 2), false);
  assert.equal(filter.accept('CODE-A', 3 * REPEAT_QUIET_MS), true);
});

test('codes one after another each pass, and an earlier one is not held back by later ones', () => {
  const filter = createRepeatFilter();
  const shown = ['A', 'B', 'C', 'A'].map((text, index) => filter.accept(text, index * 800));
  assert.deepEqual(shown, [true, true, true, false]);
  assert.equal(filter.accept('B', 800 + REPEAT_QUIET_MS), true);
});
