import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readContentSources } from '../../src/lib/content-files/sources.ts';
import { publishedOnly } from '../../src/lib/publication.ts';
import { sitePaths } from '../../src/lib/routes.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { projectRoot } from '../helpers/content.ts';
import { SEARCH_QUERIES } from '../search/queries.ts';
import { formatRecall, indexedUrls, recallFigures, runQueries } from '../search/run-queries.ts';

// The gate for search quality and for Pagefind upgrades (README, 搜索): the built index, queried
// through Pagefind's own pagefind.js in the browser, with the search box's ranking.
test('party vocabulary finds its module first', async ({ page }) => {
  await page.goto('/');
  const figures = recallFigures(await runQueries(page, SEARCH_QUERIES));
  console.log(formatRecall(figures));
  expect(figures.queries).toBeGreaterThanOrEqual(40);
  expect(figures.firstRate, formatRecall(figures)).toBeGreaterThanOrEqual(0.9);
  expect(figures.topThree, formatRecall(figures)).toBe(figures.queries);
});

test('the index holds module pages and hand-written pages, no list or landing pages', async ({ page }) => {
  await page.goto('/');
  const indexed = await indexedUrls(page);
  const modules = publishedOnly(validateContent(readContentSources(projectRoot)).modules).map(
    ({ data }) => `/${sitePaths.module(data.code)}`,
  );
  const handWritten = readdirSync(join(projectRoot, 'content/pages'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `/${file.replace(/(^|\/)index\.mdx$/, '$1').replace(/\.mdx$/, '/')}`);
  expect(indexed.filter((url) => !handWritten.includes(url)).sort()).toEqual(modules.sort());
});
