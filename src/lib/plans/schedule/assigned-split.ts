import { splitByWeight } from './split.ts';

/**
 * Splits items into `parts` like `splitByWeight`, except that an item with an assigned part (a
 * quarter or month an organizer wrote in the plan, 0-based here) goes there. The rest fill the
 * parts in order, each part up to an equal share of the total weight, assigned items counted; so
 * the free ones flow around the assigned ones. Every part keeps the items' original order.
 */
export function splitWithAssignments<T>(
  items: readonly T[],
  parts: number,
  weight: (item: T) => number,
  assigned: (item: T) => number | undefined,
): T[][] {
  const inRange = (item: T) => {
    const part = assigned(item);
    return part !== undefined && part >= 0 && part < parts ? part : undefined;
  };
  const free = items.filter((item) => inRange(item) === undefined);
  if (free.length === items.length) return splitByWeight(items, parts, weight);
  const result: T[][] = Array.from({ length: parts }, () => []);
  const load = Array.from({ length: parts }, () => 0);
  for (const item of items) {
    const part = inRange(item);
    if (part === undefined) continue;
    result[part]!.push(item);
    load[part]! += weight(item);
  }
  const share = items.reduce((sum, item) => sum + weight(item), 0) / parts;
  let part = 0;
  for (const item of free) {
    while (part < parts - 1 && load[part]! + weight(item) / 2 > share) part++;
    result[part]!.push(item);
    load[part]! += weight(item);
  }
  const order = new Map(items.map((item, i) => [item, i]));
  return result.map((part) => part.sort((a, b) => order.get(a)! - order.get(b)!));
}
