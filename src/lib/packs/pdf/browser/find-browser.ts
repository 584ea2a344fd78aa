/**
 * Finds a Chromium-family browser already on the machine; no browser can be downloaded here.
 * Order: an explicit environment variable, then the usual install locations, then the Chromium
 * that `npx playwright install chromium` put in Playwright's own cache. The npm-shipped
 * @sparticuz/chromium comes after all of these (see locate-browser.ts) because it has to be
 * unpacked to /tmp first.
 */
export const BROWSER_ENV_VARS = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'] as const;

export const USUAL_BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
] as const;

export interface BrowserLookup {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  /** Where Playwright keeps its own Chromium (playwright-core's `chromium.executablePath()`), if known. */
  playwrightPath?: string | undefined;
}

export interface FoundBrowser {
  path: string;
  /** `env`: named by an environment variable; `installed`: a usual path; `playwright`: Playwright's cache. */
  source: 'env' | 'installed' | 'playwright';
}

export function findBrowser({ env, exists, playwrightPath }: BrowserLookup): FoundBrowser | undefined {
  for (const name of BROWSER_ENV_VARS) {
    const path = env[name];
    if (path && exists(path)) return { path, source: 'env' };
  }
  const installed = USUAL_BROWSER_PATHS.find((path) => exists(path));
  if (installed) return { path: installed, source: 'installed' };
  if (playwrightPath && exists(playwrightPath)) return { path: playwrightPath, source: 'playwright' };
  return undefined;
}

/**
 * What to tell a person when no browser was found: every way out, in lookup order. A variable
 * that points at a missing file is named, since that is the likeliest mistake.
 */
export function noBrowserMessage({ env, exists }: BrowserLookup, npmFailure?: string): string {
  const wrongVars = BROWSER_ENV_VARS.filter((name) => env[name] && env[name] !== 'bundled')
    .filter((name) => !exists(env[name]!))
    .map((name) => `  （已设置 ${name}=${env[name]}，但这个文件不存在）`);
  return [
    '找不到可用的 Chromium 浏览器。任选一种方式解决：',
    `  1. 设置环境变量 ${BROWSER_ENV_VARS[0]}=/path/to/chromium（或 ${BROWSER_ENV_VARS[1]}）`,
    ...wrongVars,
    '  2. 安装 Chromium、Chrome 或 Edge（Debian/Ubuntu：apt-get install chromium）',
    '  3. 安装 Playwright 自带的 Chromium：npx playwright install chromium',
    `  4. 运行 npm install，安装自带 Chromium 的 @sparticuz/chromium${npmFailure ? `（${npmFailure}）` : ''}`,
  ].join('\n');
}
