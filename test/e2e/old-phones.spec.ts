import { expect, test } from '@playwright/test';

// iOS 15/16 Safari and Android WebView 90 have neither the popover attribute nor, on Android,
// :has(). Here the popover API is removed from the page's JavaScript. Chromium cannot forget a
// CSS feature, so the self-check test in module-page.spec.ts checks instead that its marking
// rules use no :has() at all.

test.describe('a browser without the popover attribute', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
      for (const name of ['popover', 'showPopover', 'hidePopover', 'togglePopover']) delete proto[name];
    });
  });

  test('the menu button opens and closes the menu', async ({ page }) => {
    await page.goto('/modules/jl-002/');
    const button = page.locator('.sl-menu-button');
    const menu = page.locator('#starlight__sidebar');
    await expect(button).not.toHaveAttribute('popovertarget');
    await expect(menu).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(menu.getByRole('link', { name: '课程目录' })).toBeVisible();
    await button.click();
    await expect(menu).toBeHidden();
    await button.click();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await button.click();
    await menu.getByRole('link', { name: '学时总览' }).click();
    await expect(page).toHaveURL(/\/overview\/$/);
  });
});
