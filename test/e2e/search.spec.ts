import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, query: string) {
  await page.goto('/');
  await page.locator('site-search button[data-open-modal]').click();
  const input = page.getByRole('dialog').getByRole('textbox');
  await input.fill(query);
  return page.getByRole('dialog');
}

test('a word found only in one module body finds that module, with Chinese messages', async ({ page }) => {
  // 大庆 appears only in the body of DX-001 (党史中的国企故事), never in a title.
  const dialog = await search(page, '大庆');
  const links = dialog.locator('.pagefind-ui__result-link');
  await expect(links.first()).toHaveAttribute('href', /\/modules\/dx-001\/$/);
  await expect(links.first()).toContainText('党史中的国企故事');
  await expect(dialog.locator('.pagefind-ui__message')).toHaveText(/找到 \d+ 条与 大庆 相关的结果/);
});

test('a draft module cannot be found by search', async ({ page }) => {
  const dialog = await search(page, '廉洁风险点排查');
  await expect(dialog.locator('.pagefind-ui__message')).toBeVisible();
  await expect(dialog.locator('a[href*="/modules/jl-006/"]')).toHaveCount(0);
});
