import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The files a crawler or a browser tab asks for on its own: the sitemap, the favicon, the web app
// manifest.

test('every URL in the sitemap answers 200, and none is a deleted print page', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(sitemaps.length).toBeGreaterThan(0);
  const pages: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    pages.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
  }
  expect(pages).toContain('/modules/dx-001/');
  expect(pages.filter((page) => page.includes('/print/'))).toEqual([]);
  const failing: string[] = [];
  for (const page of pages) {
    const response = await request.get(page);
    if (response.status() !== 200) failing.push(`${response.status()} ${page}`);
    // Only pages a search engine should index: no noindex page, no page that forwards elsewhere.
    const head = (await response.text()).split('</head>')[0]!;
    if (/<meta[^>]+name="robots"[^>]+noindex/.test(head)) failing.push(`noindex ${page}`);
    if (/<meta[^>]+http-equiv="refresh"/i.test(head)) failing.push(`redirect ${page}`);
  }
  expect(failing).toEqual([]);
  expect(pages.filter((page) => page.startsWith('/q/') || page === '/offline/')).toEqual([]);
});

test('the favicon every page links exists, short-link pages included', async ({ page, request }) => {
  const short = await request.get('/q/dx-001/');
  expect(await short.text()).toMatch(/<link rel="icon" href="\/favicon\.svg" type="image\/svg\+xml"/);
  await page.goto('/');
  const href = await page.locator('link[rel~="icon"]').first().getAttribute('href');
  expect(href).toBeTruthy();
  const response = await request.get(new URL(href!, page.url()).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('svg');
});

test('every page links the web app manifest and takes its colour; its icons are served', async ({
  page,
  request,
}) => {
  for (const path of ['/', '/guide/', '/modules/dx-001/']) {
    await page.goto(path);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href, path).toBe('/manifest.webmanifest');
  }
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    theme_color: string;
    icons: { src: string; type: string }[];
  };
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', manifest.theme_color);
  for (const icon of manifest.icons) {
    const response = await request.get(
      new URL(icon.src, new URL('/manifest.webmanifest', page.url())).pathname,
    );
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type'], icon.src).toBe(icon.type);
  }
});

// Lighthouse is not available; Chromium's own verdict on 「添加到主屏幕」 is, through the DevTools
// protocol. Playwright's contexts are incognito, where Chromium installs nothing: this one has a
// profile.
test('Chromium parses the manifest and finds the site installable', async ({
  playwright,
  launchOptions,
  baseURL,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'installable-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    ...launchOptions,
    ...(baseURL ? { baseURL } : {}),
  });
  try {
    const page = await context.newPage();
    await page.goto('/branch/');
    const devtools = await context.newCDPSession(page);
    const { url, errors } = await devtools.send('Page.getAppManifest');
    expect(new URL(url).pathname).toBe('/manifest.webmanifest');
    expect(errors).toEqual([]);
    const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the home page title names the site once', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('党员教育培训课程');
});
