import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  RELEASE_ABOVE_HEAP_BYTES,
  releaseMemoryIfLarge,
} from '../../../../src/lib/built-site/release-memory.ts';

test('collects only when the heap holds more than the threshold', () => {
  assert.equal(releaseMemoryIfLarge(RELEASE_ABOVE_HEAP_BYTES), false);
  assert.equal(releaseMemoryIfLarge(RELEASE_ABOVE_HEAP_BYTES + 1), true);
});
