import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  RELEASE_ABOVE_RSS_BYTES,
  releaseMemoryIfLarge,
} from '../../../../src/lib/built-site/release-memory.ts';

test('collects only when the process holds more memory than the threshold', () => {
  assert.equal(releaseMemoryIfLarge(RELEASE_ABOVE_RSS_BYTES), false);
  assert.equal(releaseMemoryIfLarge(RELEASE_ABOVE_RSS_BYTES + 1), true);
});
