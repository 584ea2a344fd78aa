import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readContentSources } from '../../src/lib/content/files/sources.ts';
import { publishedOnly } from '../../src/lib/modules/publication.ts';
import { sitePaths } from '../../src/lib/routes/routes.ts';
import { validateContent } from '../../src/lib/content/validation/validate-content.ts';
import { needsSimplifying } from '../../src/lib/search/traditional-query.ts';
import { toSimplified } from '../../src/lib/search/to-simplified.ts';
import { projectRoot } from '../helpers/content.ts';
import { SEARCH_QUERIES, TRADITIONAL_QUERIES } from '../search/queries.ts';
import { formatRecall, indexedUrls, moduleCodeOf, recallFigures, runQueries } from '../search/run-queries.ts';

// The gate for search quality and for Pagefind upgrades (docs/search.md): the built index, queried
// through Pagefind's own pagefind.js in the browser, with the search box's ranking.
test('party vocabulary finds its module first', async ({ page }) => {
  await page.goto('/');
  const figures = recallFigures(await runQueries(page, SEARCH_QUERIES));
  console.log(formatRecall(figures));
  expect(figures.queries).toBeGreaterThanOrEqual(40);
  expect(figures.firstRate, formatRecall(figures)).toBeGreaterThanOrEqual(0.9);
  expect(figures.topThree, formatRecall(figures)).toBe(figures.queries);
});

test('a query in traditional characters, converted as the search box converts it, finds what its simplified form finds', async ({
  page,
}) => {
  await page.goto('/');
  // The search box's own functions (simplify-query.ts), run here so the whole table takes one page.
  const converted = TRADITIONAL_QUERIES.map(({ query }) => {
    expect(needsSimplifying(query), query).toBe(true);
    return { query: toSimplified(query), expect: '' };
  });
  const simplified = TRADITIONAL_QUERIES.map(({ simplified }) => ({ query: simplified, expect: '' }));
  const [fromTraditional, fromSimplified] = [
    await runQueries(page, converted, { depth: 1 }),
    await runQueries(page, simplified, { depth: 1 }),
  ];
  const rows = TRADITIONAL_QUERIES.map(({ query, simplified, expect: code }, i) => ({
    query,
    simplified,
    first: fromTraditional[i]!.top[0],
    simplifiedFirst: fromSimplified[i]!.top[0],
    expected: code,
  }));
  console.log(
    `繁体查询：${rows.length} 个，与简体首位相同 ${rows.filter((row) => row.first === row.simplifiedFirst).length} 个`,
  );
  for (const row of rows) {
    expect(
      row.first,
      `${row.query} → ${row.first}, ${row.simplified} → ${row.simplifiedFirst}`,
    ).toBeDefined();
    expect(row.first, row.query).toBe(row.simplifiedFirst);
    if (row.expected) expect(moduleCodeOf(row.first!), row.query).toBe(row.expected);
  }
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
