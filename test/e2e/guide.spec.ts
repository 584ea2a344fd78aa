import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

test('the home page and the sidebar lead to the lecturer guide', async ({ page }) => {
  await page.goto('/');
  await page.locator('.cm-links a', { hasText: '授课人指南' }).click();
  await expect(page).toHaveURL(/\/guide\/$/);
  await expect(page.locator('h1')).toHaveText('授课人指南');
  await expect(page.locator('#starlight__sidebar a').last()).toHaveText('授课人指南');
});

test('every link in the guide opens a built page, and every #anchor is on it', async ({ page, request }) => {
  const linksOn = async (path: string) => {
    await page.goto(path);
    const hrefs = await page
      .locator('.sl-markdown-content a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    return hrefs.map((href) => new URL(href)).filter((url) => url.origin === new URL(page.url()).origin);
  };
  const guidePages = [...new Set((await linksOn('/guide/')).map((url) => url.pathname))];
  expect(guidePages.filter((path) => path.startsWith('/guide/')).length).toBeGreaterThanOrEqual(9);
  for (const guidePage of ['/guide/', ...guidePages.filter((path) => path.startsWith('/guide/'))]) {
    for (const url of await linksOn(guidePage)) {
      const response = await request.get(url.pathname);
      expect(response.status(), `${guidePage} → ${url.pathname}`).toBe(200);
      const html = await response.text();
      expect(html, url.pathname).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
      if (url.hash)
        expect(html, `${guidePage} → ${url.pathname}${decodeURIComponent(url.hash)}`).toContain(
          `id="${decodeURIComponent(url.hash.slice(1))}"`,
        );
    }
  }
});

test('the components page shows each component live, and the lecturer note not at all', async ({ page }) => {
  await page.goto('/guide/components/');
  const content = page.locator('.sl-markdown-content');
  for (const kind of ['objectives', 'keypoints', 'case', 'discussion', 'activity', 'selfcheck']) {
    await expect(content.locator(`.cm-box--${kind}`)).toHaveCount(1);
  }
  await expect(content.locator('.cm-box--case')).toContainText('调度员的一页纸笔记');
  // The live LecturerNote sits between two rules and renders nothing, so the rules touch.
  await expect(content.locator('hr + hr')).toHaveCount(1);
  await expect(content.locator('pre', { hasText: '<LecturerNote>' })).toBeVisible();
});

test('the taxonomy reference lists every member group from groups.yaml', async ({ page }) => {
  const groups = parse(readFileSync('content/taxonomy/groups.yaml', 'utf8')) as {
    id: string;
    name: string;
  }[];
  await page.goto('/guide/taxonomy/');
  const table = page.locator('[data-field="groups"] tbody');
  await expect(table.locator('tr')).toHaveCount(groups.length);
  for (const group of groups) {
    await expect(table).toContainText(group.id);
    await expect(table).toContainText(group.name);
  }
  await expect(page.locator('[data-field="topic"]')).toContainText('LL-001 …');
});

test('the maintainers page says which modules are due for review, or that none are', async ({ page }) => {
  await page.goto('/maintainers/');
  await expect(page.locator('h1')).toHaveText('内容维护：需要复核的模块');
  const rows = await page.locator('table.cm-stale tbody tr').count();
  if (rows === 0) await expect(page.locator('.cm-stale-none')).toHaveText('目前没有需要复核的模块。');
  else await expect(page.locator('table.cm-stale caption')).toContainText('个模块需要复核');
});
