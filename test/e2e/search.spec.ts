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

test("words on every module page's buttons and labels find only the lesson that uses them", async ({
  page,
}) => {
  // 朗读 is the read-aloud button's label on every module page, and in the text of ZS-002 only.
  const dialog = await search(page, '朗读');
  await expect(dialog.locator('.pagefind-ui__message')).toHaveText(/找到 1 条与 朗读 相关的结果/);
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toHaveAttribute(
    'href',
    /\/modules\/zs-002\/$/,
  );
});

test('a draft module cannot be found by search', async ({ page }) => {
  const dialog = await search(page, '廉洁风险点排查');
  await expect(dialog.locator('.pagefind-ui__message')).toBeVisible();
  await expect(dialog.locator('a[href*="/modules/jl-006/"]')).toHaveCount(0);
});

test('a search filter narrows the results, and results show stage and 学时', async ({ page }) => {
  const dialog = await search(page, '支部');
  const message = dialog.locator('.pagefind-ui__message');
  await expect(message).toHaveText(/找到 \d+ 条/);
  const before = Number((await message.textContent())!.match(/\d+/)![0]);
  await dialog.locator('.pagefind-ui__filter-name', { hasText: '阶段' }).click();
  await dialog.locator('.pagefind-ui__filter-label', { hasText: '创新履职' }).click();
  await expect(message).not.toHaveText(`找到 ${before} 条与 支部 相关的结果`);
  const after = Number((await message.textContent())!.match(/\d+/)![0]);
  expect(after).toBeLessThan(before);
  const tags = dialog.locator('.pagefind-ui__result').first().locator('.pagefind-ui__result-tag');
  await expect(tags.filter({ hasText: '阶段' })).toHaveText(/阶段.*创新履职/);
  await expect(tags.filter({ hasText: '学时' })).toHaveText(/学时.*\d/);
});
