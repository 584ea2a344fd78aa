/**
 * Pagefind's ranking parameters, for the search box (src/browser/search/search-ui.ts) and for the
 * recall suite (`test/search/`), so the suite ranks exactly as members' searches do. Chosen by the
 * suite; Pagefind's own defaults except `termSimilarity`:
 * - `termFrequency` 1 and `termSaturation` 1.4 (BM25): the tenth mention of a word counts far less
 *   than the first, so a module that names a phrase in its title or keywords (`SEARCH_WEIGHTS`)
 *   outranks a longer one that mentions its characters often. Starlight's 0.1 and 2 rank by raw
 *   counts instead, and lost 一月一课一片一实践 and 入党动机 to such modules.
 * - `termSimilarity` 9 (Starlight's value; Pagefind's is 1): a whole word outranks longer words
 *   that merely start with it. The browser cuts unfamiliar Chinese words into single characters,
 *   and 三 or 四 start thousands of words.
 */
export const SEARCH_RANKING = {
  termFrequency: 1,
  termSaturation: 1.4,
  pageLength: 0.75,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
};
