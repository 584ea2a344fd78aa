import { execFileSync } from 'node:child_process';

/** Runs git in `cwd` with a throw-away identity, for tests that commit into scratch repositories. */
export function git(cwd: string, ...args: string[]): Buffer {
  return execFileSync(
    'git',
    ['-c', 'user.name=test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd,
      stdio: 'pipe',
    },
  );
}
