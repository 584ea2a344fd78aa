/**
 * Pagefind's ranking parameters for the search box (Starlight's `pagefind.ranking`). Written out
 * rather than left to Starlight's defaults so that the recall suite (`test/search/`) ranks exactly
 * as the search box does. These are Starlight's defaults: raw weighted match counts matter more than
 * page length (`termFrequency`, `pageLength` low), so `SEARCH_WEIGHTS` decide the order, and
 * whole-word matches far outrank longer words that merely start with the query (`termSimilarity`),
 * which matters for Chinese, where a one-character query prefixes thousands of words.
 */
export const SEARCH_RANKING = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
};
