import { expect, test } from '@playwright/test';
import { loadRegistry } from '../../src/lib/qr/load-registry.ts';

// Every code ever printed must open a page, for years: its module or path, its successor, or a
// page that says what replaced it. Expectations are read straight from the registry file.
for (const entry of loadRegistry()) {
  test(`/q/${entry.code.toLowerCase()}/ opens the right page`, async ({ page }) => {
    const response = await page.goto(`/q/${entry.code.toLowerCase()}/`);
    expect(response?.status()).toBe(200);
    if (entry.retired) {
      await expect(page.locator('h1')).toHaveText('这门课程已经调整');
      await expect(page.locator('body')).toContainText(entry.retired);
      return;
    }
    const target = entry.supersededBy ?? entry.code;
    const expected = entry.kind === 'path' ? `/paths/${target}/` : `/modules/${target.toLowerCase()}/`;
    await expect(page).toHaveURL(new RegExp(`${expected}$`));
    await expect(page.locator('h1')).not.toHaveText('页面未找到');
  });
}
