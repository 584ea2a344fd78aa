import { expect, test, type Page } from '@playwright/test';

const MODULE = '/modules/jl-002/';
// A page of each kind a member opens: lesson, catalog, path, overview, guide, home.
const PAGES = [MODULE, '/modules/', '/paths/ordinary/', '/overview/', '/guide/', '/'];

/** The smallest font size of any visible text on the page, in px. */
const smallestText = (page: Page) =>
  page.evaluate(() => {
    let smallest = Infinity;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      if (!node.textContent!.trim() || element.closest('.sr-only, [hidden]') || !element.checkVisibility())
        continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(element).fontSize));
    }
    return smallest;
  });

const bodyText = (page: Page) =>
  page
    .locator('[data-lesson] p')
    .first()
    .evaluate((p) => {
      const style = getComputedStyle(p);
      return {
        size: parseFloat(style.fontSize),
        lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
      };
    });

test('normal mode: lesson text is 17 px', async ({ page }) => {
  await page.goto(MODULE);
  expect((await bodyText(page)).size).toBeGreaterThanOrEqual(17);
});

test('大字 in the header turns on large type, which the next page has before its first paint', async ({
  page,
}) => {
  await page.goto(MODULE);
  const toggle = page.getByRole('button', { name: '大字' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const text = await bodyText(page);
  expect(text.size).toBeGreaterThanOrEqual(20);
  expect(text.lineHeight).toBeGreaterThanOrEqual(1.7);

  // Record the mode at the moment <body> first exists, before anything is painted.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { modeAtBody: string }).modeAtBody = document.documentElement.dataset.largeType!;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/paths/');
  expect(await page.evaluate(() => (window as unknown as { modeAtBody: string }).modeAtBody)).toBe('on');
  await page.getByRole('button', { name: '大字' }).click();
  await page.goto(MODULE);
  expect((await bodyText(page)).size).toBeLessThan(20);
});

test.describe('in large type', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('cm-large-type', 'on'));
  });

  for (const path of PAGES) {
    test(`${path}: no text under 16 px, nothing wider than the phone`, async ({ page }) => {
      await page.goto(path);
      expect(await smallestText(page)).toBeGreaterThanOrEqual(16);
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
      expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    });
  }

  test('buttons, chips, menu and disclosures are at least 48 px tall', async ({ page }) => {
    await page.goto('/modules/');
    await page.getByText('筛选课程').click();
    await page.goto(MODULE);
    const targets = page.locator(
      'header button:visible, .sl-menu-button, main button:visible, main summary:visible, .cm-selfcheck__option',
    );
    expect(await targets.count()).toBeGreaterThan(3);
    for (const box of await targets.evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
    ))
      expect(box.height).toBeGreaterThanOrEqual(48);
    await page.goto('/modules/');
    await page.getByText('筛选课程').click();
    const chip = (await page.locator('.cm-facet a').first().boundingBox())!;
    expect(chip.height).toBeGreaterThanOrEqual(48);
  });

  test('while reading, the fixed bars keep to a slim strip at the top', async ({ page }) => {
    await page.goto(MODULE);
    await page.mouse.wheel(0, 1200);
    await page.waitForTimeout(300);
    const covered = await page.evaluate(() =>
      Math.max(
        ...[...document.querySelectorAll<HTMLElement>('body *')]
          .filter((element) => ['fixed', 'sticky'].includes(getComputedStyle(element).position))
          .map((element) => element.getBoundingClientRect())
          .filter((rect) => rect.height > 0 && rect.top < innerHeight / 2 && rect.bottom > 0)
          .map((rect) => rect.bottom),
      ),
    );
    expect(covered).toBeLessThanOrEqual(844 * 0.08);
  });
});
