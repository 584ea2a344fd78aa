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

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** The tag of a test whose figure is a wall-clock time (`test('… @timed', …)`). */
const TIMED = /@timed/;

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
    { name: 'phone', use: phone, grepInvert: TIMED },
    // Tests that time what a person waits for run last, alone: beside another worker's axe run on
    // 2 cores they measured the other worker (2.1 s where the page alone takes 1.0 s).
    { name: 'phone-timed', use: phone, grep: TIMED, dependencies: ['phone'], workers: 1 },
  ],
  // The site is built by `npm run test:e2e` first; here it is only served, as members get it.
  webServer: {
    command: `npm run preview -- --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
