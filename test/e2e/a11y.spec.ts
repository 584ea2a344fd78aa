import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';

// Every page in the built sitemap, in light, dark and large type, against WCAG 2.2 AA plus
// axe's best practices (the tags Starlight's own CI uses). Large type also asks for AAA contrast.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const CHUNKS = 6;

const paths = readdirSync('dist')
  .filter((name) => /^sitemap-\d+\.xml$/.test(name))
  .flatMap((name) => [...readFileSync(`dist/${name}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)])
  .map((match) => new URL(match[1]!).pathname);

const MODES = {
  light: { colorScheme: 'light', theme: 'light', largeType: false },
  dark: { colorScheme: 'dark', theme: 'dark', largeType: false },
  'large type': { colorScheme: 'light', theme: 'light', largeType: true },
} as const;

/** One page per test, reused for every URL: opening a browser context costs more than axe. */
async function violationsOn(browser: Browser, mode: (typeof MODES)[keyof typeof MODES], urls: string[]) {
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
  const page = await context.newPage();
  const found: string[] = [];
  for (const url of urls) {
    await page.goto(url);
    let axe = new AxeBuilder({ page }).withTags(TAGS);
    if (mode.largeType) axe = axe.options({ rules: { 'color-contrast-enhanced': { enabled: true } } });
    const { violations } = await axe.analyze();
    for (const violation of violations)
      found.push(
        `${url} ${violation.id} (${violation.impact}): ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
      );
  }
  await context.close();
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
