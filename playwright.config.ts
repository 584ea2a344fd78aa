import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { findBrowser, noBrowserMessage } from './src/lib/browser/find-browser.ts';

// Browsers cannot be downloaded on our machines, so the tests drive one that is installed.
const executablePath = findBrowser({ env: process.env, exists: existsSync });
if (!executablePath) {
  console.error(noBrowserMessage());
  process.exit(1);
}

const port = 4329;

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
  ],
  // The site is built by `npm run test:e2e` first; here it is only served, as members get it.
  webServer: {
    command: `npm run preview -- --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
