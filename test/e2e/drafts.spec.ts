import { expect, test } from '@playwright/test';

// JL-006 (廉洁风险点排查：一个支部一张清单) is a draft: it must not be published anywhere.
test('a draft module has no page', async ({ request }) => {
  const response = await request.get('/modules/jl-006/');
  expect(response.status()).toBe(404);
});

test('a draft module is not listed on its topic page', async ({ page }) => {
  await page.goto('/topics/discipline-integrity/');
  await expect(page.locator('.cm-modules')).toContainText('培训纪律与请销假制度');
  await expect(page.locator('.cm-modules')).not.toContainText('廉洁风险点排查');
});
