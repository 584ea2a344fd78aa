// The content check on a second thread. `npm run build` runs it beside Astro rather than inside
// Astro's config hook: on two cores Astro starts, syncs and bundles while the check reads every
// module (about 6 s at 2,000 modules), and nothing reaches dist/ unless the check passes.
import { Worker } from 'node:worker_threads';

export interface CheckResult {
  /** What `npm run check` would print: one line per problem, then the summary. */
  lines: string[];
  exitCode: number;
  issueCount: number;
}

/** Runs the content check of the project at `root` on a worker thread. */
export function checkInWorker(root: string): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { root } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`内容检查线程意外退出（退出码 ${code}）`)));
  });
}
