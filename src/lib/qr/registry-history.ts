import { spawnSync } from 'node:child_process';

/**
 * Every code ever committed to the registry file, read from Git history, so that deleting a
 * line, which would strand a printed QR code, can be caught. Returns undefined outside a Git
 * checkout (e.g. an unpacked archive), where the history is simply not available.
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

/** Codes on the `+` lines of a unified diff of the registry. */
export function codesAddedInDiff(diff: string): Set<string> {
  const codes = new Set<string>();
  for (const match of diff.matchAll(/^\+\s*-?\s*code:\s*['"]?([A-Za-z0-9-]+)/gm)) codes.add(match[1]!);
  return codes;
}
