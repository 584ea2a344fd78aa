/**
 * 学时 arithmetic. Hours may be fractional (0.5 = half a class hour), and sums of binary floats
 * show artefacts (0.1 + 0.2 = 0.30000000000000004) that members must never see, so every total
 * and difference passes through `roundHours` — here, and in the browser scripts that add up
 * progress.
 */

/** Hours rounded to two decimals: what every total, shortfall and progress figure shows. */
export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

/** Sum of 学时 of a list of modules (or anything with `hours`). */
export function sumHours(items: readonly { hours: number }[]): number {
  return roundHours(items.reduce((total, item) => total + item.hours, 0));
}
