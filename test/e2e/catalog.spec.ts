import { expect, test } from '@playwright/test';

test('filtering the catalog by stage narrows it, and the URL restores the filter', async ({ page }) => {
  await page.goto('/modules/');
  const status = page.locator('[data-catalog-status]');
  await expect(status).toHaveText('共 39 个模块。');
  await page.locator('[data-facet="stages"] [data-term="empowerment"]').click();
  await expect(status).toHaveText(/^筛选出 \d+ 个模块。$/);
  await expect(page).toHaveURL(/\/modules\/\?stages=empowerment$/);
  const filtered = Number((await status.textContent())!.match(/\d+/)![0]);
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(39);
  const results = page.locator('[data-catalog-results] li');
  await expect(results).toHaveCount(filtered);
  for (const meta of await results.locator('.cm-modules__meta').allTextContents())
    expect(meta).toContain('赋能');

  await page.goto(page.url());
  await expect(page.locator('[data-facet="stages"] [data-term="empowerment"]')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(status).toHaveText(`筛选出 ${filtered} 个模块。`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the catalog is plain lists and links', async ({ page }) => {
    await page.goto('/modules/');
    await expect(page.locator('[data-catalog-static] .cm-modules li').first()).toBeVisible();
    await page.locator('[data-facet="stages"] [data-term="empowerment"]').click();
    await expect(page).toHaveURL(/\/stages\/empowerment\/$/);
    await expect(page.locator('h1')).toHaveText('阶段：赋能');
  });
});
