import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Resident memory of Astro's process above which the post-build steps collect first. At 2,000
 * modules the process holds 1,150–1,510 MB when the pages are rendered, and the collection returns
 * 630–750 MB in about 1 s, before Pagefind's own process (about 930 MB) grows beside it: peaks of
 * 1,722–1,812 MB, against 2,067–2,354 MB in builds that did not collect (docs/performance.md, Build
 * performance). How much it holds depends on how much garbage rendering left since V8 last
 * collected: with Starlight's page schema built once (stop 22) it held 1,150 MB, under the
 * 1,250 MB this threshold was first, and peaked at 2,097 MB. The heap V8 reports is no guide
 * either (355–830 MB in use of 515–940 MB taken). At 500 modules the process holds about 900 MB,
 * both processes fit well under the 2 GB target without collecting, and the collection would only
 * cost 0.6–0.8 s.
 */
export const RELEASE_ABOVE_RSS_BYTES = 1000 * 1024 * 1024;

/**
 * Runs a full garbage collection in this process when it holds much memory. The steps after the
 * build run inside Astro's process, which by then holds everything rendering allocated; most of it
 * is garbage V8 would keep until its next collection, while Pagefind's process grows beside it.
 * Collecting first keeps the two from adding up. `--expose-gc` is set at run time so that
 * `astro build` and `npm run build` need no Node flag. Returns whether it collected.
 */
export function releaseMemoryIfLarge(rss = process.memoryUsage().rss): boolean {
  if (rss <= RELEASE_ABOVE_RSS_BYTES) return false;
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
