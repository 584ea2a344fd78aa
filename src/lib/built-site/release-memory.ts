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
  (runInNewContext('gc') as () => void)();
}
