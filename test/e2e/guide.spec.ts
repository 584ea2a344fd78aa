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

test('the maintainers page flags, in words, a module the committed evaluation file rates under the line', async ({
  page,
}) => {
  // content/evaluations/2026.yaml (the 2026 pilot) rates XS-001 at 55 of 71: 77.5%, under 80%.
  await page.goto('/maintainers/');
  const section = page.locator('section.cm-evaluation');
  await expect(section.locator('h2')).toHaveText('培训评估');
  await expect(section).toContainText('content/evaluations/2026.yaml（2026 年');
  const under = section.locator('tr[data-code="XS-001"]');
  await expect(under).toHaveAttribute('data-below', 'true');
  await expect(under.locator('td').nth(0)).toHaveText('77.5%');
  await expect(under.locator('td').nth(1)).toHaveText('71 人');
  await expect(under.locator('td').nth(2)).toContainText('信息量');
  await expect(under.locator('td').nth(3)).toHaveText('低于满意率线（80%）');
  // Flagged modules come first; one that reaches the line says so.
  await expect(section.locator('tbody tr').first()).toHaveAttribute('data-code', 'XS-001');
  await expect(section.locator('tr[data-code="DX-001"] td').nth(3)).toHaveText('达到满意率线');
});
