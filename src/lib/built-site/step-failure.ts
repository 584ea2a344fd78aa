/**
 * A step after the build found the site unfit to publish. The message is the whole explanation,
 * in Chinese, for the person who ran the build: the integration prints it without a stack trace
 * and stops the build (src/integrations/post-build.ts).
 */
export class BuildStepFailure extends Error {
  override readonly name = 'BuildStepFailure';
}

/** What the steps print while they work: Astro's integration logger, or the console in scripts. */
export interface StepLog {
  info(message: string): void;
  warn(message: string): void;
}
