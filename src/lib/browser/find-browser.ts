/**
 * Finds a Chromium-family browser already on the machine; no browser can be downloaded here.
 * Order: an explicit environment variable, then the usual install locations.
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
}

export function findBrowser({ env, exists }: BrowserLookup): string | undefined {
  for (const name of BROWSER_ENV_VARS) {
    const path = env[name];
    if (path && exists(path)) return path;
  }
  return USUAL_BROWSER_PATHS.find((path) => exists(path));
}

/** What to tell a person when no browser was found. */
export function noBrowserMessage(): string {
  return [
    '找不到可用的 Chromium 浏览器。任选一种方式解决：',
    `  1. 设置环境变量 ${BROWSER_ENV_VARS[0]}=/path/to/chromium`,
    '  2. 安装 Chromium、Chrome 或 Edge（Debian/Ubuntu：apt-get install chromium）',
  ].join('\n');
}
