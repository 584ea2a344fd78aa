import { expect, test } from '@playwright/test';
import { loadRegistry } from '../../src/lib/content/qr/load-registry.ts';
import { REGISTRY_KINDS, registryTargetOf } from '../../src/schemas/registry-kinds.ts';

// Every code ever printed must open a page, for years: its module or path, its successor, or a
// page that says what replaced it. Expectations are read straight from the registry file. One
// page scans them all, as a member's phone would one after another; every failure is reported.
test('every printed code opens the right page', async ({ page }) => {
  const entries = loadRegistry();
  test.setTimeout(entries.length * 3_000);
  for (const entry of entries) {
    const url = `/q/${entry.code.toLowerCase()}/`;
    const response = await page.goto(url);
    expect.soft(response?.status(), url).toBe(200);
    if (entry.retired) {
      await expect.soft(page.locator('h1'), url).toHaveText('这门课程已经调整');
      await expect.soft(page.locator('body'), url).toContainText(entry.retired);
      continue;
    }
    const target = entry.supersededBy ?? entry.code;
    // A venue's, lecturer's or class's code opens its entry page: /venues/<id>/ for venue-<id>.
    const registryTarget = registryTargetOf(entry.kind, target);
    const expected = registryTarget
      ? `/${REGISTRY_KINDS[registryTarget.kind].segment}/${registryTarget.id}/`
      : entry.kind === 'path'
        ? `/paths/${target}/`
        : `/modules/${target.toLowerCase()}/`;
    await expect.soft(page, url).toHaveURL(new RegExp(`${expected}$`));
    await expect.soft(page.locator('h1'), url).not.toHaveText('页面未找到');
  }
  expect(entries.length).toBeGreaterThan(40);
});
