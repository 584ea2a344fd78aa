import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserVersion } from '../../../../../../src/lib/packs/pdf/browser/browser-version.ts';
import { engineVersion, findFontPackage } from '../../../../../../src/lib/packs/pdf/engine.ts';

test('a browser that cannot say its version is still told apart: by package, else by path', async () => {
  const npm = await browserVersion({ executablePath: '/nonexistent/chromium', args: [], source: 'npm' });
  assert.match(npm, /^@sparticuz\/chromium@\d+\./);
  const other = await browserVersion({ executablePath: '/nonexistent/chrome', args: [], source: 'env' });
  assert.equal(other, 'unknown (/nonexistent/chrome)');
});

test('a new browser version empties the pack cache: it is part of the engine version', () => {
  const font = findFontPackage();
  assert.notEqual(
    engineVersion(font, 'Chromium 153.0.8010.0'),
    engineVersion(font, 'Chromium 156.0.8078.108'),
  );
});
