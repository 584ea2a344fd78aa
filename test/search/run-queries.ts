import type { Page } from '@playwright/test';
import { SEARCH_RANKING } from '../../src/lib/search/ranking.ts';
import type { SearchQuery } from './queries.ts';

export interface QueryOutcome extends SearchQuery {
  /** How many pages Pagefind returned. */
  total: number;
  /** URLs of the first `depth` results, best first. */
  top: string[];
  /** 1-based rank of the expected module among `top`, or undefined when it is not there. */
  rank: number | undefined;
}

/**
 * Runs every query through the built site's own `pagefind.js` in the open page, with the ranking
 * the search box uses: Pagefind's query segmentation (`Intl.Segmenter`) is the browser's, so Chromium is the
 * faithful place to run it. One page load for all queries; only the top results' fragments load.
 */
export async function runQueries(
  page: Page,
  queries: readonly SearchQuery[],
  { bundle = '/pagefind/pagefind.js', depth = 3, ranking = SEARCH_RANKING } = {},
): Promise<QueryOutcome[]> {
  const ranked = await page.evaluate(
    async ({ bundle, terms, depth, ranking }) => {
      const pagefind = await import(bundle);
      await pagefind.options({ ranking });
      const out: { total: number; top: string[] }[] = [];
      for (const term of terms) {
        const search = await pagefind.search(term);
        const data = await Promise.all(
          search.results.slice(0, depth).map((result: { data(): Promise<{ url: string }> }) => result.data()),
        );
        out.push({ total: search.results.length, top: data.map(({ url }) => url) });
      }
      return out;
    },
    { bundle, terms: queries.map(({ query }) => query), depth, ranking },
  );
  return queries.map((query, i) => {
    const { total, top } = ranked[i]!;
    const index = top.findIndex((url) => moduleCodeOf(url) === query.expect);
    return { ...query, total, top, rank: index < 0 ? undefined : index + 1 };
  });
}

/** Every page in the index, by URL: a search with no term and no filter returns them all. */
export function indexedUrls(page: Page, bundle = '/pagefind/pagefind.js'): Promise<string[]> {
  return page.evaluate(async (bundle) => {
    const pagefind = await import(bundle);
    const { results } = await pagefind.search(null);
    return Promise.all(
      results.map(async (result: { data(): Promise<{ url: string }> }) => (await result.data()).url),
    );
  }, bundle);
}

/** `/modules/zs-004/` (under any base) → `ZS-004`; other pages → undefined. */
export function moduleCodeOf(url: string): string | undefined {
  return /\/modules\/([a-z]{2,4}-\d{3})\/$/.exec(url)?.[1]?.toUpperCase();
}

export interface RecallFigures {
  queries: number;
  first: number;
  topThree: number;
  /** Share of queries whose expected module came first, 0–1. */
  firstRate: number;
  misses: QueryOutcome[];
}

export function recallFigures(outcomes: readonly QueryOutcome[]): RecallFigures {
  const first = outcomes.filter(({ rank }) => rank === 1).length;
  const topThree = outcomes.filter(({ rank }) => rank !== undefined && rank <= 3).length;
  return {
    queries: outcomes.length,
    first,
    topThree,
    firstRate: first / outcomes.length,
    misses: outcomes.filter(({ rank }) => rank !== 1),
  };
}

/** One line of figures and one line per query that did not put its module first. */
export function formatRecall(figures: RecallFigures): string {
  const percent = (n: number) => `${((100 * n) / figures.queries).toFixed(1)}%`;
  return [
    `搜索召回：${figures.queries} 个查询，首位命中 ${figures.first}（${percent(figures.first)}），` +
      `前三命中 ${figures.topThree}（${percent(figures.topThree)}）`,
    ...figures.misses.map(
      ({ query, expect, rank, top, total }) =>
        `  ${query} → 期望 ${expect}，${rank ? `第 ${rank} 位` : '不在前三'}（共 ${total} 条：${top.join(' ')}）`,
    ),
  ].join('\n');
}
