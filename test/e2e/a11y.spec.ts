import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';

// Every page in the built sitemap, in light, dark and large type, against WCAG 2.2 AA plus
// axe's best practices (the tags Starlight's own CI uses). Large type also asks for AAA contrast.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const CHUNKS = 6;

const paths = readdirSync('dist')
  .filter((name) => /^sitemap-\d+\.xml$/.test(name))
  .flatMap((name) => [...readFileSync(`dist/${name}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)])
  .map((match) => new URL(match[1]!).pathname)
  // Members' pages the sitemap leaves out because they are noindex: short links and the offline page.
  .concat(['/offline/', ...readdirSync('dist/q').map((code) => `/q/${code}/`)]);

const MODES = {
  light: { colorScheme: 'light', theme: 'light', largeType: false },
  dark: { colorScheme: 'dark', theme: 'dark', largeType: false },
  'large type': { colorScheme: 'light', theme: 'light', largeType: true },
} as const;

type Mode = (typeof MODES)[keyof typeof MODES];

/** A phone-sized page in `mode`. */
async function pageIn(browser: Browser, mode: Mode): Promise<Page> {
  const context = await browser.newContext({
    colorScheme: mode.colorScheme,
    viewport: { width: 390, height: 844 },
  });
  await context.addInitScript(
    ({ theme, largeType }) => {
      localStorage.setItem('starlight-theme', theme);
      if (largeType) localStorage.setItem('cm-large-type', 'on');
    },
    { theme: mode.theme, largeType: mode.largeType },
  );
  return context.newPage();
}

/** What axe finds on the page as it is now, one line per violation. */
async function axeViolations(page: Page, mode: Mode, label: string): Promise<string[]> {
  let axe = new AxeBuilder({ page }).withTags(TAGS);
  if (mode.largeType) axe = axe.options({ rules: { 'color-contrast-enhanced': { enabled: true } } });
  const { violations } = await axe.analyze();
  return violations.map(
    (violation) =>
      `${label} ${violation.id} (${violation.impact}): ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
}

/** One page per test, reused for every URL: opening a browser context costs more than axe. */
async function violationsOn(browser: Browser, mode: Mode, urls: string[]) {
  const page = await pageIn(browser, mode);
  const found: string[] = [];
  for (const url of urls) {
    await page.goto(url);
    found.push(...(await axeViolations(page, mode, url)));
  }
  await page.context().close();
  return found;
}

test('the sitemap lists the pages to check', () => {
  expect(paths.length).toBeGreaterThan(100);
});

for (const [name, mode] of Object.entries(MODES)) {
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    const urls = paths.filter((_, index) => index % CHUNKS === chunk);
    test(`axe finds nothing in ${name}, pages ${chunk + 1}/${CHUNKS}`, async ({ browser }) => {
      test.setTimeout(urls.length * 5_000);
      expect(await violationsOn(browser, mode, urls)).toEqual([]);
    });
  }
}

// The search box is built by script when a member opens search, so no sitemap page shows it.
for (const [name, mode] of Object.entries(MODES)) {
  test(`axe finds nothing in the search dialog with results and filters open, in ${name}`, async ({
    browser,
  }) => {
    const page = await pageIn(browser, mode);
    await page.goto('/');
    await page.locator('site-search button[data-open-modal]').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox').fill('支部');
    await expect(dialog.locator('.cm-search__result')).toHaveCount(5);
    await dialog.getByText('筛选', { exact: true }).click();
    await expect(dialog.getByRole('group', { name: '阶段' })).toBeVisible();
    expect(await axeViolations(page, mode, 'search dialog')).toEqual([]);
    await page.context().close();
  });
}
