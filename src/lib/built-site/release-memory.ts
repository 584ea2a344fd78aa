import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Live JavaScript above which the post-build steps collect first. At 2,000 modules Astro's heap
 * holds about 780 MB when the build is done, and the collection returns 570 MB to the system in
 * about 1 s before Pagefind's own process starts beside it (docs/performance.md, Build
 * performance). At 500 modules it holds about 400 MB, both processes fit well under the 2 GB
 * target without it, and the collection would only cost its 0.6–0.8 s.
 */
export const RELEASE_ABOVE_HEAP_BYTES = 512 * 1024 * 1024;

/**
 * Runs a full garbage collection in this process when its heap is large. The steps after the
 * build run inside Astro's process, which by then holds everything rendering allocated; most of it
 * is garbage V8 would keep until its next collection, while Pagefind's process grows beside it.
 * Collecting first keeps the two from adding up. `--expose-gc` is set at run time so that
 * `astro build` and `npm run build` need no Node flag. Returns whether it collected.
 */
export function releaseMemoryIfLarge(heapUsed = process.memoryUsage().heapUsed): boolean {
  if (heapUsed <= RELEASE_ABOVE_HEAP_BYTES) return false;
  setFlagsFromString('--expose-gc');
  // 'last-resort' is V8's collect-all-available-garbage: it also returns the freed heap pages
  // to the system, where a regular collection keeps them for reuse (tested: 319 → 61 MB).
  (runInNewContext('gc') as (options: object) => void)({
    type: 'major',
    execution: 'sync',
    flavor: 'last-resort',
  });
  return true;
}
