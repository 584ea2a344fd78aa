import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, query: string) {
  await page.goto('/');
  await page.locator('site-search button[data-open-modal]').click();
  const input = page.getByRole('dialog').getByRole('searchbox');
  await input.fill(query);
  return page.getByRole('dialog');
}

test('a word found only in one module body finds that module, with Chinese messages', async ({ page }) => {
  // 大庆 appears only in the body of DX-001 (党史中的国企故事), never in a title.
  const dialog = await search(page, '大庆');
  const links = dialog.locator('.cm-search__link');
  await expect(links.first()).toHaveAttribute('href', /\/modules\/dx-001\/$/);
  await expect(links.first()).toContainText('党史中的国企故事');
  await expect(dialog.locator('.cm-search__message')).toHaveText(/找到 \d+ 条与 大庆 相关的结果/);
});

test("words on every module page's buttons and labels find only the lesson that uses them", async ({
  page,
}) => {
  // 朗读 is the read-aloud button's label on every module page, and in the text of ZS-002 only.
  const dialog = await search(page, '朗读');
  await expect(dialog.locator('.cm-search__message')).toHaveText(/找到 1 条与 朗读 相关的结果/);
  await expect(dialog.locator('.cm-search__link').first()).toHaveAttribute('href', /\/modules\/zs-002\/$/);
});

test('a draft module cannot be found by search', async ({ page }) => {
  const dialog = await search(page, '廉洁风险点排查');
  await expect(dialog.locator('.cm-search__message')).toBeVisible();
  await expect(dialog.locator('a[href*="/modules/jl-006/"]')).toHaveCount(0);
});

test('filters load only when 筛选 is opened, then narrow the results; results show stage and 学时', async ({
  page,
}) => {
  const filterLists: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/filter/')) filterLists.push(request.url());
  });
  const dialog = await search(page, '支部');
  const message = dialog.locator('.cm-search__message');
  await expect(message).toHaveText(/找到 \d+ 条/);
  await expect(dialog.locator('.cm-search__result')).toHaveCount(5);
  expect(filterLists, 'a search without 筛选 loads no filter list').toEqual([]);
  const before = Number((await message.textContent())!.match(/\d+/)![0]);

  await dialog.getByText('筛选', { exact: true }).click();
  // A value's count is how many of these results have it: ticking it leaves exactly that many.
  const stage = dialog.getByRole('group', { name: '阶段' });
  const option = stage.locator('label', { hasText: '创新履职' });
  await expect(option.locator('.cm-search__count')).toHaveText(/（\d+）/);
  const expected = Number((await option.locator('.cm-search__count').textContent())!.match(/\d+/)![0]);
  await option.click();
  await expect(message).toHaveText(`找到 ${expected} 条与 支部 相关的结果`);
  expect(filterLists.length).toBeGreaterThan(0);
  const after = Number((await message.textContent())!.match(/\d+/)![0]);
  expect(after).toBeLessThan(before);
  const tags = dialog.locator('.cm-search__result').first().locator('.cm-search__tags li');
  await expect(tags.filter({ hasText: '阶段' })).toHaveText(/阶段.*创新履职/);
  await expect(tags.filter({ hasText: '学时' })).toHaveText(/学时.*\d/);
});

test('a module result shows its summary, and more results come five at a time', async ({ page }) => {
  const dialog = await search(page, '大庆');
  await expect(dialog.locator('.cm-search__excerpt').first()).toHaveText(/\S/);
  const summary = await dialog.locator('.cm-search__excerpt').first().textContent();
  await dialog.locator('.cm-search__link').first().click();
  await expect(page.locator('.cm-summary')).toHaveText(summary!);

  const many = await search(page, '支部');
  const results = many.locator('.cm-search__result');
  await expect(results).toHaveCount(5);
  await many.getByRole('button', { name: '加载更多结果' }).click();
  await expect(results).toHaveCount(10);
});

test('a query typed in traditional characters finds what its simplified form finds; only it loads the converter', async ({
  page,
}) => {
  const converter: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/to-simplified.')) converter.push(request.url());
  });
  const dialog = await search(page, '组织生活会');
  const message = dialog.locator('.cm-search__message');
  const first = dialog.locator('.cm-search__link').first();
  await expect(message).toHaveText(/找到 \d+ 条与 组织生活会 相关的结果/);
  const href = await first.getAttribute('href');
  const count = (await message.textContent())!.match(/\d+/)![0];
  expect(converter, 'a simplified query loads no converter').toEqual([]);

  await dialog.getByRole('searchbox').fill('組織生活會');
  // The message names the query as typed; the results are those of its simplified form.
  await expect(message).toHaveText(`找到 ${count} 条与 組織生活會 相关的结果`);
  await expect(first).toHaveAttribute('href', href!);
  expect(converter).toHaveLength(1);
});
