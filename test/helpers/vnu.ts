import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

/** One message of vnu's `--format json` output. */
export interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * Checks many HTML files in one run of the checker: the JVM takes seconds to start, so one start
 * for all pages. The jar comes from the `vnu-jar` package; `java` must be on the PATH (.ci/run
 * installs it). Only errors are returned.
 */
export async function checkHtml(files: readonly string[]): Promise<VnuMessage[]> {
  const jar = createRequire(import.meta.url)('vnu-jar') as string;
  const args = ['-jar', String(jar), '--format', 'json', '--errors-only', ...files];
  // vnu exits 1 when it finds errors and writes its report to stderr either way.
  const stderr = await promisify(execFile)('java', args, { maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stderr }) => stderr,
    (error: { stderr?: string; code?: number | string }) => {
      if (error.code === 1 && error.stderr) return error.stderr;
      throw error;
    },
  );
  return (JSON.parse(stderr) as { messages: VnuMessage[] }).messages.filter(
    (message) => message.type === 'error',
  );
}
