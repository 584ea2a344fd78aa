/**
 * Splits items into `parts` consecutive runs of roughly equal weight, keeping their order.
 * Each item goes to the part whose share of the running total it falls in, so heavy items do
 * not all pile into the first part. Parts may be empty when there are fewer items than parts.
 */
export function splitByWeight<T>(items: readonly T[], parts: number, weight: (item: T) => number): T[][] {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  const result: T[][] = Array.from({ length: parts }, () => []);
  let before = 0;
  for (const item of items) {
    const middle = before + weight(item) / 2;
    const index = total > 0 ? Math.min(parts - 1, Math.floor((middle / total) * parts)) : 0;
    result[index]!.push(item);
    before += weight(item);
  }
  return result;
}
