import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * `parseArgs` for the maintainer scripts. `--help` (or `-h`) prints the script's usage and exits
 * 0 before anything is parsed or read, so every script that parses flags answers it; an unknown
 * or malformed flag prints what was wrong and the usage, then exits 2, instead of Node's stack
 * trace.
 */
export function parseCliArgs<T extends ParseArgsConfig>(
  config: T,
  usage: string,
): ReturnType<typeof parseArgs<T>> {
  exitWithUsageIfAsked(usage);
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}

/**
 * `npm run <script> -- --help` (or `-h`) prints the script's usage and exits 0, before the script
 * reads any content, so help works even in a broken project. Scripts without flags of their own
 * call it first thing; `parseCliArgs` calls it for the others.
 */
export function exitWithUsageIfAsked(usage: string): void {
  if (!process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) return;
  console.log(usage);
  process.exit(0);
}
