import { expect, test } from '@playwright/test';

// The files a crawler or a browser tab asks for on its own: the sitemap and the favicon.

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
  }
  expect(failing).toEqual([]);
});

test('the favicon every page links exists', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel~="icon"]').first().getAttribute('href');
  expect(href).toBeTruthy();
  const response = await request.get(new URL(href!, page.url()).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('svg');
});
