import { spawnSync } from 'node:child_process';

/**
 * Every code ever committed to the registry file, read from Git history, so that deleting a
 * line, which would strand a printed QR code, can be caught. Returns undefined outside a Git
 * checkout (e.g. an unpacked archive); `registryHistoryGap` says why the history is missing.
 */
export function readRegistryHistory(root: string, file: string): Set<string> | undefined {
  const result = spawnSync('git', ['log', '-p', '--format=', '--', file], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) return undefined;
  return codesAddedInDiff(result.stdout);
}

/** Why the registry's full history cannot be read: a shallow clone, or no Git checkout at all. */
export type HistoryGap = 'shallow' | 'no-git';

/**
 * A shallow clone (CI's default `fetch-depth: 1`) shows the registry as added whole in its one
 * commit, so a deleted line looks as if it never existed: the add-only guard would pass silently.
 */
export function registryHistoryGap(root: string): HistoryGap | undefined {
  const result = spawnSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) return 'no-git';
  return result.stdout.trim() === 'true' ? 'shallow' : undefined;
}

/** Codes on the `+` lines of a unified diff of the registry. */
export function codesAddedInDiff(diff: string): Set<string> {
  const codes = new Set<string>();
  for (const match of diff.matchAll(/^\+\s*-?\s*code:\s*['"]?([A-Za-z0-9-]+)/gm)) codes.add(match[1]!);
  return codes;
}
