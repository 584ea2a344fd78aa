import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * `parseArgs` for the maintainer scripts: an unknown or malformed flag prints what was wrong and
 * how to call the script, then exits 2, instead of Node's stack trace.
 */
export function parseCliArgs<T extends ParseArgsConfig>(
  config: T,
  usage: string,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}
