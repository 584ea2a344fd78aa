import { defineConfig } from '@playwright/test';
import { locateBrowser } from './src/lib/packs/pdf/browser/locate-browser.ts';

// Browsers cannot be downloaded on our machines, so the tests drive one that is installed,
// or the Chromium shipped inside an npm package.
const browser = await locateBrowser().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

// E2E_PORT lets two checkouts on one machine run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    launchOptions: { executablePath: browser.executablePath, args: browser.args },
  },
  projects: [
    { name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
  ],
  // The site is built by `npm run test:e2e` first; here it is only served, as members get it.
  webServer: {
    command: `npm run preview -- --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
