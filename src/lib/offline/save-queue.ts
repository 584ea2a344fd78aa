/**
 * Saves many URLs one by one: each failure is retried a few times with a growing pause, and a
 * URL that still fails is reported at the end without stopping the others (unlike `Cache.addAll`,
 * which rejects the whole batch when one response fails). Runs in the browser; pure for tests.
 */
export interface SaveQueueOptions {
  /** Tries per URL, the first included. */
  attempts?: number;
  /** Pause before retry n (1-based), in ms. */
  pause?: (retry: number) => number;
  onProgress?: (done: number, total: number) => void;
  sleep?: (ms: number) => Promise<void>;
}

export interface SaveQueueResult {
  saved: string[];
  failed: string[];
}

const wait = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export async function saveEach(
  urls: readonly string[],
  save: (url: string) => Promise<void>,
  { attempts = 3, pause = (retry) => 800 * retry, onProgress, sleep = wait }: SaveQueueOptions = {},
): Promise<SaveQueueResult> {
  const result: SaveQueueResult = { saved: [], failed: [] };
  for (const url of urls) {
    let ok = false;
    for (let attempt = 1; attempt <= attempts && !ok; attempt++) {
      if (attempt > 1) await sleep(pause(attempt - 1));
      ok = await save(url).then(
        () => true,
        () => false,
      );
    }
    (ok ? result.saved : result.failed).push(url);
    onProgress?.(result.saved.length + result.failed.length, urls.length);
  }
  return result;
}
