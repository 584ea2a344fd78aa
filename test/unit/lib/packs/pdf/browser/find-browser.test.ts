import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  findBrowser,
  noBrowserMessage,
  USUAL_BROWSER_PATHS,
} from '../../../../../../src/lib/packs/pdf/browser/find-browser.ts';
import { locateBrowser } from '../../../../../../src/lib/packs/pdf/browser/locate-browser.ts';

const PLAYWRIGHT = '/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
const on =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

test('an environment variable wins over every other place', () => {
  const found = findBrowser({
    env: { CHROMIUM_PATH: '/opt/my/chrome' },
    exists: on('/opt/my/chrome', '/usr/bin/chromium', PLAYWRIGHT),
    playwrightPath: PLAYWRIGHT,
  });
  assert.deepEqual(found, { path: '/opt/my/chrome', source: 'env' });
});

test('the second variable is read when the first is unset', () => {
  const env = { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/x/chrome' };
  assert.deepEqual(findBrowser({ env, exists: on('/x/chrome') }), { path: '/x/chrome', source: 'env' });
});

test('a variable naming a missing file falls through to the usual paths', () => {
  const found = findBrowser({ env: { CHROMIUM_PATH: '/gone' }, exists: on('/usr/bin/google-chrome') });
  assert.deepEqual(found, { path: '/usr/bin/google-chrome', source: 'installed' });
});

test('usual paths are tried in their listed order', () => {
  const found = findBrowser({ env: {}, exists: on(USUAL_BROWSER_PATHS[3], USUAL_BROWSER_PATHS[1]) });
  assert.equal(found?.path, USUAL_BROWSER_PATHS[1]);
});

test("Playwright's own Chromium comes after the usual paths", () => {
  const lookup = { env: {}, playwrightPath: PLAYWRIGHT };
  assert.equal(findBrowser({ ...lookup, exists: on(PLAYWRIGHT, '/usr/bin/chromium') })?.source, 'installed');
  assert.deepEqual(findBrowser({ ...lookup, exists: on(PLAYWRIGHT) }), {
    path: PLAYWRIGHT,
    source: 'playwright',
  });
});

test("Playwright's path counts only when the file is there", () => {
  assert.equal(findBrowser({ env: {}, exists: on(), playwrightPath: PLAYWRIGHT }), undefined);
  assert.equal(findBrowser({ env: {}, exists: on() }), undefined);
});

test('the advice lists every way out, in lookup order', () => {
  const message = noBrowserMessage({ env: {}, exists: on() }, "Cannot find package '@sparticuz/chromium'");
  const steps = [
    'CHROMIUM_PATH=',
    'apt-get install chromium',
    'npx playwright install chromium',
    '@sparticuz/chromium',
  ];
  const positions = steps.map((step) => message.indexOf(step));
  assert.ok(
    positions.every((at) => at > 0),
    message,
  );
  assert.deepEqual(
    [...positions].sort((a, b) => a - b),
    positions,
  );
  assert.match(message, /^找不到可用的 Chromium 浏览器。/);
  assert.match(message, /（Cannot find package '@sparticuz\/chromium'）$/);
});

test('the advice names a variable that points at a missing file', () => {
  const message = noBrowserMessage({ env: { CHROMIUM_PATH: '/opt/typo/chrome' }, exists: on() });
  assert.match(message, /已设置 CHROMIUM_PATH=\/opt\/typo\/chrome，但这个文件不存在/);
  assert.doesNotMatch(noBrowserMessage({ env: { CHROMIUM_PATH: 'bundled' }, exists: on() }), /已设置/);
});

test('locateBrowser takes the file an environment variable names', async () => {
  // Any existing file will do: the lookup only checks that it is there.
  const browser = await locateBrowser({ CHROMIUM_PATH: process.execPath });
  assert.equal(browser.executablePath, process.execPath);
  assert.equal(browser.source, 'env');
  assert.ok(browser.args.includes('--no-sandbox'));
});
