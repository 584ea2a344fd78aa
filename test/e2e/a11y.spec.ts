import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations, preloadAxe } from '../helpers/axe.ts';
import { builtPagesByTemplate, CONTENT_TEMPLATE, GUIDE_TEMPLATE } from '../helpers/template-pages.ts';
import { fetchLedgerPageData, ledgerWithMembers, makeMembers, seedLedger } from '../helpers/ledger.ts';

// axe against WCAG 2.2 AA plus its best practices (test/helpers/axe.ts), on a phone.
// Colours, type sizes and landmarks come from the template, so one page of every template is
// checked in light, dark and large type (which also asks for AAA contrast). What lecturers write
// differs page by page (headings, tables, links, images), so every module and content page,
// the guide's included, is checked once more, in light. A short link that forwards has nothing
// to check (axe would read the page it lands on); short-links.spec.ts reads each one as served
// and checks where it goes. A page is loaded once for its three modes: a mode is two attributes
// on <html> and the colour scheme, set in place as the theme script sets them before the first
// paint (`showIn`), and a navigation cost more than an axe run.
const CHUNKS = 2;
// Room for a loaded 2-core machine, where axe on a long module page takes several seconds.
const PER_PAGE_MS = 10_000;
const MODULE_TEMPLATE = 'modules/[id].astro';
const SHORT_LINK_TEMPLATE = 'q/[code].astro';

const byTemplate = builtPagesByTemplate();
const forwards = (page: string) =>
  readFileSync(`dist/${page}index.html`, 'utf8').includes('http-equiv="refresh"');
const url = (page: string) => `/${page}`;

/** One page of each template; for short links, one that stays (a retired code), if any. */
const templatePages = [...byTemplate]
  .flatMap(([route, pages]) =>
    route === SHORT_LINK_TEMPLATE ? pages.filter((page) => !forwards(page)).slice(0, 1) : pages.slice(0, 1),
  )
  .map(url);
const contentPages = [MODULE_TEMPLATE, GUIDE_TEMPLATE, CONTENT_TEMPLATE]
  .flatMap((route) => byTemplate.get(route) ?? [])
  .map(url)
  .filter((page) => !templatePages.includes(page));

const MODES = {
  light: { colorScheme: 'light', theme: 'light', largeType: false },
  dark: { colorScheme: 'dark', theme: 'dark', largeType: false },
  'large type': { colorScheme: 'light', theme: 'light', largeType: true },
} as const;

type Mode = (typeof MODES)[keyof typeof MODES];

/** A phone-sized page that opens in `mode`. */
async function pageIn(browser: Browser, mode: Mode): Promise<Page> {
  const context = await browser.newContext({
    colorScheme: mode.colorScheme,
    viewport: { width: 390, height: 844 },
  });
  await preloadAxe(context);
  await context.addInitScript(
    ({ theme, largeType }) => {
      localStorage.setItem('starlight-theme', theme);
      if (largeType) localStorage.setItem('cm-large-type', 'on');
    },
    { theme: mode.theme, largeType: mode.largeType },
  );
  return context.newPage();
}

/**
 * The page as it looks in `mode`, without loading it again: the colour scheme, and the two
 * attributes src/components/reading/ThemeProvider.astro sets on <html> from what is stored.
 */
async function showIn(page: Page, mode: Mode): Promise<void> {
  await page.emulateMedia({ colorScheme: mode.colorScheme });
  await page.evaluate(({ theme, largeType }) => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.dataset.largeType = largeType ? 'on' : 'off';
  }, mode);
}

/** What axe finds on the page in `mode`. */
const violationsIn = (page: Page, mode: Mode, label: string) =>
  axeViolations(page, label, { enhancedContrast: mode.largeType });

/** What axe finds on the page as it is, in each of `modes` in turn (the first is how it opened). */
async function violationsInModes(page: Page, modes: readonly Mode[], label: string) {
  const found: string[] = [];
  for (const [index, mode] of modes.entries()) {
    if (index > 0) await showIn(page, mode);
    found.push(
      ...(await violationsIn(page, mode, `${label} (${mode.theme}${mode.largeType ? ', 大字' : ''})`)),
    );
  }
  return found;
}

/** One page per test, reused for every URL: opening a browser context costs more than axe. */
async function violationsOn(browser: Browser, modes: readonly Mode[], urls: string[]) {
  const page = await pageIn(browser, modes[0]!);
  const found: string[] = [];
  for (const url of urls) {
    await page.goto(url);
    // Each URL opens as stored, in the first mode: the modes before it were set in place.
    if (modes.length > 1) await showIn(page, modes[0]!);
    found.push(...(await violationsInModes(page, modes, url)));
  }
  await page.context().close();
  return found;
}

const ALL_MODES = Object.values(MODES);

test('every built page has a template, and the pages to check include every kind', () => {
  // A page no route file explains would never be checked, in any mode.
  expect(byTemplate.get(undefined) ?? []).toEqual([]);
  expect(templatePages).toEqual(
    expect.arrayContaining(['/', '/404.html', '/modules/', '/offline/', '/guide/']),
  );
  expect(byTemplate.get(MODULE_TEMPLATE)!.length).toBeGreaterThan(30);
  expect(contentPages.length).toBeGreaterThan(40);
});

// The runner is ours (test/helpers/axe.ts): it must still see what a member would trip over.
test('axe finds an image without alt text, a nameless button, and text at 5.7:1 in large type only', async ({
  page,
}) => {
  await page.setContent(
    '<html lang="zh-CN"><title>t</title><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button><p style="color:#666;background:#fff">学习</p></main></html>',
  );
  const found = (await violationsIn(page, MODES['large type'], 'planted')).join('\n');
  for (const rule of ['image-alt', 'button-name', 'color-contrast-enhanced'])
    expect(found).toContain(` ${rule} `);
  expect((await violationsIn(page, MODES.light, 'planted')).join('\n')).not.toContain('contrast');
});

// A mode set in place looks as it does loaded that way: contrast that only large type asks for.
test('a page switched in place to dark or large type is checked as if it had opened that way', async ({
  browser,
}) => {
  const page = await pageIn(browser, MODES.light);
  await page.goto('/');
  await showIn(page, MODES['large type']);
  const inPlace = await page.evaluate(() => [
    document.documentElement.dataset.largeType,
    getComputedStyle(document.body).fontSize,
  ]);
  const loaded = await pageIn(browser, MODES['large type']);
  await loaded.goto('/');
  expect(inPlace).toEqual(
    await loaded.evaluate(() => [
      document.documentElement.dataset.largeType,
      getComputedStyle(document.body).fontSize,
    ]),
  );
  await showIn(page, MODES.dark);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
    'rgb(255, 255, 255)',
  );
  await page.context().close();
  await loaded.context().close();
});

for (let chunk = 0; chunk < CHUNKS; chunk++) {
  const urls = templatePages.filter((_, index) => index % CHUNKS === chunk);
  test(`axe finds nothing on one page of every template, in light, dark and large type, ${chunk + 1}/${CHUNKS}`, async ({
    browser,
  }) => {
    test.setTimeout(urls.length * ALL_MODES.length * PER_PAGE_MS);
    expect(await violationsOn(browser, ALL_MODES, urls)).toEqual([]);
  });
}

for (let chunk = 0; chunk < CHUNKS; chunk++) {
  const urls = contentPages.filter((_, index) => index % CHUNKS === chunk);
  test(`axe finds nothing on every module and guide page in light, ${chunk + 1}/${CHUNKS}`, async ({
    browser,
  }) => {
    test.setTimeout(urls.length * PER_PAGE_MS);
    expect(await violationsOn(browser, [MODES.light], urls)).toEqual([]);
  });
}

// The search box is built by script when a member opens search, so no sitemap page shows it.
test('axe finds nothing in the search dialog with results and filters open, in light, dark and large type', async ({
  browser,
}) => {
  const page = await pageIn(browser, MODES.light);
  await page.goto('/');
  await page.locator('site-search button[data-open-modal]').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('支部');
  await expect(dialog.locator('.cm-search__result')).toHaveCount(5);
  await dialog.getByText('筛选', { exact: true }).click();
  await expect(dialog.getByRole('group', { name: '阶段' })).toBeVisible();
  expect(await violationsInModes(page, ALL_MODES, 'search dialog')).toEqual([]);
  await page.context().close();
});

// The branch ledger draws its panels from the ledger in IndexedDB, so a page with no ledger shows
// little: here it is filled (a roster with a flagged row), in every mode.
test('axe finds nothing on /branch/ with a ledger, in light, dark and large type', async ({
  browser,
  request,
}) => {
  // Every panel filled is a long page of form fields: axe takes a while on a 2-core machine.
  test.setTimeout(ALL_MODES.length * 4 * PER_PAGE_MS);
  const data = await fetchLedgerPageData(request);
  const ledger = ledgerWithMembers(data, makeMembers(60, data.groups));
  ledger.roster[1] = { ...ledger.roster[0]!, id: ledger.roster[1]!.id, line: ledger.roster[1]!.line };
  const page = await pageIn(browser, MODES.light);
  await page.goto('/branch/');
  await seedLedger(page, ledger);
  await page.reload();
  await expect(page.locator('[data-roster-summary]')).toHaveText(/共 60 人，名单有 1 处问题/);
  // The 列席, 评估卡, 调研 and 评估汇总 forms are built once their code has loaded.
  await expect(page.locator('[data-card-form]')).toBeVisible();
  await expect(page.locator('[data-summary-survey-total]')).toBeVisible();
  expect(await violationsInModes(page, ALL_MODES, '/branch/')).toEqual([]);
  await page.context().close();
});
