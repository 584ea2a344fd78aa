import { expect, test } from '@playwright/test';

test('filtering the catalog by stage narrows it, and the URL restores the filter', async ({ page }) => {
  await page.goto('/modules/');
  const status = page.locator('[data-catalog-status]');
  await expect(status).toHaveText('共 39 个模块。');
  await page.getByText('筛选课程').click();
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
  await expect(page.getByText('筛选课程（已选 1 项）')).toBeVisible();
  await expect(page.locator('[data-facet="stages"] [data-term="empowerment"]')).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(status).toHaveText(`筛选出 ${filtered} 个模块。`);
});

test('after a choice, every count says how many modules choosing that term too would show', async ({
  page,
}) => {
  await page.goto('/modules/?stages=empowerment');
  const status = page.locator('[data-catalog-status]');
  await expect(status).toHaveText(/^筛选出 \d+ 个模块。$/);
  await page.getByText('筛选课程').click();
  const count = async (facet: string, term: string) =>
    Number(await page.locator(`[data-facet="${facet}"] [data-term="${term}"] [data-count]`).textContent());
  // Another facet: narrowed by the stage, and exactly what choosing it gives.
  const tierCounts = await page.locator('[data-facet="tiers"] [data-count]').allTextContents();
  expect(tierCounts.map(Number).every((n) => n > 0)).toBe(true);
  const basic = await count('tiers', 'grassroots');
  await page.locator('[data-facet="tiers"] [data-term="grassroots"]').click();
  await expect(status).toHaveText(`筛选出 ${basic} 个模块。`);
  // The chosen facet's own terms are alternatives: 铸魂 adds its modules to 赋能's.
  const forging = await count('stages', 'soul-casting');
  expect(forging).toBeGreaterThan(0);
  const before = Number((await status.textContent())!.match(/\d+/)![0]);
  await page.locator('[data-facet="stages"] [data-term="soul-casting"]').click();
  await expect(status).toHaveText(`筛选出 ${before + forging} 个模块。`);
});

test('on a phone the courses come first, with the facets folded and no ARIA misuse', async ({ page }) => {
  await page.goto('/modules/');
  const filters = page.locator('[data-catalog-filters]');
  await expect(filters).not.toHaveAttribute('open');
  const first = (await page.locator('[data-catalog-static] .cm-modules a').first().boundingBox())!;
  expect(first.y + first.height).toBeLessThanOrEqual(page.viewportSize()!.height);
  expect(await page.locator('a[aria-pressed]').count()).toBe(0);
});

test('on a wide screen the facets stand open', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto('/modules/');
  await expect(page.locator('[data-catalog-filters]')).toHaveAttribute('open');
  await page.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the catalog is plain lists and links', async ({ page }) => {
    await page.goto('/modules/');
    await expect(page.locator('[data-catalog-static] .cm-modules li').first()).toBeVisible();
    await page.getByText('筛选课程').click();
    await page.locator('[data-facet="stages"] [data-term="empowerment"]').click();
    await expect(page).toHaveURL(/\/stages\/empowerment\/$/);
    await expect(page.locator('h1')).toHaveText('阶段：赋能');
  });
});
