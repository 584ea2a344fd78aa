import { expect, test, type Page } from '@playwright/test';

// Every kind of page, the search, saving a path, 大字模式 and 朗读本课 must run under the site's
// Content Security Policy without a single violation: a blocked script fails silently on a
// member's phone, so the browser's own report is what this test reads.
const PAGES = [
  '/',
  '/modules/dx-001/',
  '/paths/branch-secretary/',
  '/paths/branch-secretary/schedule/',
  '/paths/branch-secretary/record/',
  '/verify/',
  '/modules/',
  '/topics/theory/',
  '/packs/',
  '/guide/',
  '/overview/',
  '/q/dx-001/',
  '/offline/',
];

async function violationsOn(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
});

test('no page type, search, saved path, large type or read-aloud breaks the CSP', async ({ page }) => {
  const reported: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) reported.push(`${page.url()} ${message.text()}`);
  });
  const check = async (what: string) => expect(await violationsOn(page), what).toEqual([]);

  for (const url of PAGES) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await check(url);
  }

  await page.goto('/modules/dx-001/');
  await page.locator('site-search button[data-open-modal]').click();
  await page.getByRole('dialog').getByRole('searchbox').fill('党员');
  await expect(page.locator('.cm-search__result').first()).toBeVisible();
  await check('search');
  await page.keyboard.press('Escape');

  const largeType = page.locator('[data-large-type-toggle]');
  if ((await largeType.count()) > 0) {
    await largeType.click();
    await check('大字模式');
  }
  const readAloud = page.getByRole('button', { name: '朗读本课' });
  if (await readAloud.isVisible()) {
    await readAloud.click();
    await check('朗读本课');
  }

  await page.goto('/paths/branch-secretary/');
  await page.getByRole('button', { name: '保存本学习路径' }).click();
  await expect(page.locator('[data-save-status]')).toContainText('已保存', { timeout: 30_000 });
  await check('保存本学习路径');
  expect(reported).toEqual([]);
});
