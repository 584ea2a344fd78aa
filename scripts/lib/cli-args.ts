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

/**
 * `npm run <script> -- --help` (or `-h`) prints the script's usage and exits 0, before the script
 * reads any content, so help works even in a broken project.
 */
export function exitWithUsageIfAsked(usage: string): void {
  if (!process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) return;
  console.log(usage);
  process.exit(0);
}
