import assert from 'node:assert/strict';
import { THEME_COLOR } from '../../../src/lib/platform/brand.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../../helpers/content.ts';
import { sitePaths } from '../../../src/lib/routes/routes.ts';

// The web app manifest is a static file whose URLs are relative to itself, so it holds under any
// base path. What a browser needs before it offers 「添加到主屏幕」 is checked here, by hand, since
// Lighthouse is not available: a name, icons of 192 and 512 px that exist, a start URL in scope.

interface Manifest {
  name: string;
  short_name: string;
  lang: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
  shortcuts?: { name: string; url: string }[];
}

const publicDir = join(projectRoot, 'public');
const manifest = JSON.parse(readFileSync(join(publicDir, sitePaths.webManifest()), 'utf8')) as Manifest;

/** Width and height from a PNG's IHDR chunk, after the 8-byte signature and the chunk header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', `${file} is not a PNG`);
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// Resolved as a browser resolves them: against the manifest's own URL, under a sub-path deployment.
const manifestUrl = new URL(sitePaths.webManifest(), 'https://example.cn/training/');
const resolve = (url: string) => new URL(url, manifestUrl);

test('the manifest names the site in Chinese and opens standalone', () => {
  assert.equal(manifest.name, '党员教育培训课程');
  assert.ok(manifest.short_name.length <= 6, manifest.short_name);
  assert.equal(manifest.lang, 'zh-CN');
  assert.equal(manifest.display, 'standalone');
});

test('start_url and every shortcut are within scope, under the base path it is served from', () => {
  const scope = resolve(manifest.scope).href;
  assert.equal(scope, 'https://example.cn/training/');
  for (const url of [manifest.start_url, ...(manifest.shortcuts ?? []).map((shortcut) => shortcut.url)]) {
    assert.ok(resolve(url).href.startsWith(scope), `${url} is outside ${scope}`);
  }
  assert.deepEqual(
    manifest.shortcuts?.map((shortcut) => resolve(shortcut.url).pathname),
    [`/training/${sitePaths.studyPaths()}`, `/training/${sitePaths.branch()}`],
  );
});

test('icons of 192 and 512 px and a maskable one exist at the sizes the manifest claims', () => {
  for (const icon of manifest.icons) {
    const file = join(publicDir, resolve(icon.src).pathname.slice('/training/'.length));
    assert.ok(existsSync(file), icon.src);
    assert.equal(icon.type, 'image/png');
    const { width, height } = pngSize(file);
    assert.equal(`${width}x${height}`, icon.sizes, icon.src);
  }
  const sizes = (purpose: string) =>
    manifest.icons
      .filter((icon) => (icon.purpose ?? 'any').split(' ').includes(purpose))
      .map((icon) => icon.sizes);
  assert.deepEqual(sizes('any').sort(), ['192x192', '512x512']);
  assert.deepEqual(sizes('maskable'), ['512x512']);
  assert.deepEqual(pngSize(join(publicDir, sitePaths.appleTouchIcon())), { width: 180, height: 180 });
});

test('the colours are the site’s: its red for the browser bar, a white splash screen', () => {
  const css = readFileSync(join(projectRoot, 'src/styles/curriculum.css'), 'utf8');
  assert.equal(manifest.theme_color, /--cm-red:\s*(#[0-9a-f]{6})/i.exec(css)?.[1]);
  assert.equal(manifest.theme_color, THEME_COLOR, 'the pages’ theme-color (Head.astro) is the manifest’s');
  assert.equal(manifest.background_color, '#ffffff');
});
