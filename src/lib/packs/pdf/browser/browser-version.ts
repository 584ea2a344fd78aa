/**
 * The version of the browser that will print the packs, for the pack cache key: a new Chromium
 * can lay out and encode the same page differently, so its PDFs must not come from an older
 * one's cache. Asked of the binary itself (`--version`, about 0.1 s, no browser window), so a
 * build whose packs all come from the cache still never starts the browser.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { LocatedBrowser } from './locate-browser.ts';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** The installed @sparticuz/chromium's version; its exports hide package.json, so it is found by walking up. */
function npmChromiumVersion(): string | undefined {
  try {
    let dir = dirname(require.resolve('@sparticuz/chromium'));
    while (dir !== dirname(dir)) {
      const manifest = join(dir, 'package.json');
      if (existsSync(manifest)) {
        const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as {
          name?: string;
          version?: string;
        };
        if (name === '@sparticuz/chromium') return version;
      }
      dir = dirname(dir);
    }
  } catch {
    // Not installed: the caller falls back to the path.
  }
  return undefined;
}

/** e.g. `Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)`; never throws. */
export async function browserVersion({ executablePath, source }: LocatedBrowser): Promise<string> {
  try {
    const { stdout } = await run(executablePath, ['--version'], { timeout: 10_000 });
    if (stdout.trim()) return stdout.trim();
  } catch {
    // Some builds refuse --version (Windows Chrome prints nothing); fall through.
  }
  if (source === 'npm') {
    const version = npmChromiumVersion();
    if (version) return `@sparticuz/chromium@${version}`;
  }
  // The path at least changes when another browser is chosen.
  return `unknown (${executablePath})`;
}
