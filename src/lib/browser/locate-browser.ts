import { existsSync } from 'node:fs';
import { findBrowser, noBrowserMessage } from './find-browser.ts';

export interface LocatedBrowser {
  executablePath: string;
  /** Extra launch flags the browser needs. */
  args: string[];
  source: 'installed' | 'npm';
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
 * An installed Chromium, Chrome or Edge if there is one, otherwise the Chromium that the
 * @sparticuz/chromium npm package ships, so a fresh Linux machine needs no apt step.
 * `CHROMIUM_PATH=bundled` asks for the npm-shipped one even when another is installed.
 */
export async function locateBrowser(
  env: Record<string, string | undefined> = process.env,
): Promise<LocatedBrowser> {
  const installed = env.CHROMIUM_PATH === 'bundled' ? undefined : findBrowser({ env, exists: existsSync });
  if (installed) return { executablePath: installed, args: QUIET_FLAGS, source: 'installed' };
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    return {
      executablePath: await chromium.executablePath(),
      args: [...QUIET_FLAGS, '--no-zygote'],
      source: 'npm',
    };
  } catch (error) {
    throw new Error(
      `${noBrowserMessage()}\n  3. 运行 npm install，安装自带 Chromium 的 @sparticuz/chromium（${(error as Error).message}）`,
      { cause: error },
    );
  }
}
