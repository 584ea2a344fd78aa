// Worker-thread entry for `checkInWorker` (check-in-worker.ts): runs the content check and posts
// what the build prints. Only plain data crosses the thread boundary.
import { parentPort, workerData } from 'node:worker_threads';
import { runContentCheck } from './run-check.ts';
import type { CheckResult } from './check-in-worker.ts';

const { lines, exitCode, report } = runContentCheck((workerData as { root: string }).root);
parentPort!.postMessage({ lines, exitCode, issueCount: report.issues.length } satisfies CheckResult);
