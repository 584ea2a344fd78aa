import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Runs a full garbage collection in this process. The steps after the build run inside Astro's
 * process, which by then holds everything rendering allocated; most of it is garbage V8 would
 * keep until its next collection, while Pagefind's own process grows beside it. Collecting first
 * keeps the two from adding up (docs/performance.md, Build performance). `--expose-gc` is set at
 * run time so that `astro build` and `npm run build` need no Node flag.
 */
export function releaseMemory(): void {
  setFlagsFromString('--expose-gc');
  // 'last-resort' is V8's collect-all-available-garbage: it also returns the freed heap pages
  // to the system, where a regular collection keeps them for reuse (tested: 319 → 61 MB).
  (runInNewContext('gc') as (options: object) => void)({
    type: 'major',
    execution: 'sync',
    flavor: 'last-resort',
  });
}
