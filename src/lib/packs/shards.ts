/**
 * Splits the packs of one build into n shards for `npm run packs -- --shard i/n`, so that a CI
 * matrix of n machines renders a cold build's PDFs side by side. Every shard job computes the
 * split on its own from the same built site, so it must be deterministic; it should also be
 * balanced, since the slowest shard decides when the merge can start.
 *
 * Packs differ a lot in cost (a group's path pack holds dozens of modules and is printed twice for
 * its 目录; a poster is one page), so a round-robin by count is not enough. The split is the
 * classic longest-first greedy: packs by expected cost, largest first, each to the least-loaded
 * shard. It never puts more than one pack's cost above the average on any shard.
 */

/** `2/4`: the second of four shards (1-based, as CI matrices and GitLab's CI_NODE_INDEX count). */
export interface Shard {
  index: number;
  count: number;
}

/** `2/4` → { index: 2, count: 4 }; undefined for anything else (0/4, 5/4, 1/0, 1.5/2). */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const [index, count] = [Number(match[1]), Number(match[2])];
  return index >= 1 && index <= count ? { index, count } : undefined;
}

export const formatShard = ({ index, count }: Shard) => `${index}/${count}`;

/** What one page load costs beyond its bytes (browser round trips, layout, the PDF itself). */
const PAGE_LOAD_BYTES = 20_000;

/**
 * Expected render cost of a pack, in byte-equivalents: the print page's size plus a fixed cost
 * per load, doubled for a page with a 目录 (printed twice to fill in its page numbers).
 */
export function printCost({ bytes, pageNumbers }: { bytes: number; pageNumbers: boolean }): number {
  return (bytes + PAGE_LOAD_BYTES) * (pageNumbers ? 2 : 1);
}

/** The shard (1-based) of every pack output, for `count` shards. */
export function assignShards(
  packs: readonly { output: string; cost: number }[],
  count: number,
): Map<string, number> {
  const loads = Array.from({ length: count }, () => 0);
  const order = [...packs].sort((a, b) => b.cost - a.cost || (a.output < b.output ? -1 : 1));
  const assigned = new Map<string, number>();
  for (const { output, cost } of order) {
    const lightest = loads.indexOf(Math.min(...loads));
    loads[lightest] = loads[lightest]! + cost;
    assigned.set(output, lightest + 1);
  }
  return assigned;
}
