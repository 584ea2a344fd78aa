import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locateBrowser } from '../../../../../../src/lib/packs/pdf/browser/locate-browser.ts';

// @sparticuz/chromium ships a Linux x64 build only; elsewhere the preference falls back.
const bundledRunsHere = process.platform === 'linux' && process.arch === 'x64';

test('CHROMIUM_PREFER=bundled takes the npm headless shell where it runs, else what is installed', async () => {
  const preferred = await locateBrowser({ CHROMIUM_PREFER: 'bundled' }).catch((error: Error) => error);
  if (bundledRunsHere) assert.equal((preferred as { source: string }).source, 'npm');
  else assert.notEqual((preferred as { source?: string }).source, 'npm');
});

test('a browser named by CHROMIUM_PATH wins over the preference', async () => {
  const named = await locateBrowser({ CHROMIUM_PREFER: 'bundled', CHROMIUM_PATH: process.execPath });
  assert.deepEqual([named.source, named.executablePath], ['env', process.execPath]);
});
