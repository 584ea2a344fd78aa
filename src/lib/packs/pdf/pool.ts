/** Outcome of one task: a value, or the error it failed with. */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Runs `task` over `items`, at most `concurrency` at a time, and returns every outcome in input
 * order. Each running task gets a lane number below `concurrency`, and a lane runs one task at a
 * time, so a lane can own a browser tab. A failed task does not stop the others: the caller
 * reports all failures at once.
 */
export async function runPool<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number, lane: number) => Promise<R>,
): Promise<Settled<R>[]> {
  const results: Settled<R>[] = new Array(items.length);
  let next = 0;
  const runLane = async (lane: number) => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = { ok: true, value: await task(items[index]!, index, lane) };
      } catch (error) {
        results[index] = { ok: false, error };
      }
    }
  };
  const lanes = Math.max(1, Math.min(Math.floor(concurrency) || 1, items.length));
  await Promise.all(Array.from({ length: lanes }, (_, lane) => runLane(lane)));
  return results;
}
