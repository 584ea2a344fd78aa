import { existsSync } from 'node:fs';
import { findBrowser, noBrowserMessage } from './find-browser.ts';

export interface LocatedBrowser {
  executablePath: string;
  /** Extra launch flags the browser needs. */
  args: string[];
  source: 'env' | 'installed' | 'playwright' | 'npm';
}

/**
 * Thrown when no browser can be found. Its message is complete advice in Chinese, so callers
 * print `error.message` alone, without a stack trace.
 */
export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
}

// Flags every headless run here wants: this machine has no network beyond the registries, so
// Chromium's background services only produce refused connections.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Where `npx playwright install chromium` would have put Chromium. playwright-core answers even
 * when nothing was installed (the caller checks the file), and throws on platforms it does not
 * support, which only means there is no such browser.
 */
async function playwrightChromiumPath(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright-core');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * An installed Chromium, Chrome or Edge if there is one, then Playwright's own Chromium, otherwise
 * the Chromium that the @sparticuz/chromium npm package ships, so a fresh Linux machine needs no
 * apt step. `CHROMIUM_PATH=bundled` asks for the npm-shipped one even when another is installed;
 * `CHROMIUM_PREFER=bundled` tries it first and falls back to the others where it cannot run (it
 * is built for Linux x64). The npm one is a headless shell: on 2 cores it did the end-to-end
 * tests with half the CPU of Debian's full Chromium (docs/testing.md), and prints packs faster.
 */
export async function locateBrowser(
  env: Record<string, string | undefined> = process.env,
): Promise<LocatedBrowser> {
  const lookup = { env, exists: existsSync, playwrightPath: await playwrightChromiumPath() };
  const forced = env.CHROMIUM_PATH === 'bundled';
  if (env.CHROMIUM_PREFER === 'bundled' && !env.CHROMIUM_PATH) {
    const preferred = await bundledBrowser().catch(() => undefined);
    if (preferred) return preferred;
  }
  const found = forced ? undefined : findBrowser(lookup);
  if (found) return { executablePath: found.path, args: QUIET_FLAGS, source: found.source };
  try {
    return await bundledBrowser();
  } catch (error) {
    throw new BrowserNotFoundError(noBrowserMessage(lookup, (error as Error).message), { cause: error });
  }
}

/** The Chromium inside the @sparticuz/chromium package, unpacked to the temporary folder. */
async function bundledBrowser(): Promise<LocatedBrowser> {
  const { default: chromium } = await import('@sparticuz/chromium');
  return {
    executablePath: await chromium.executablePath(),
    args: [...QUIET_FLAGS, '--no-zygote'],
    source: 'npm',
  };
}
