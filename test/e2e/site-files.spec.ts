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

test('the home page title names the site once', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('党员教育培训课程');
});
