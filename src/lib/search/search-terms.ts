/**
 * The words a module page adds to the search index for its title and keywords, so that a member
 * who types them finds the module however the words are cut.
 *
 * Pagefind cuts Chinese into words twice, with different dictionaries: when it indexes a page
 * (jieba) and in the member's browser when it reads the query (`Intl.Segmenter`, ICU). A query
 * matches a page only if every piece of the query starts some indexed word on it, and the page
 * ranks by how often (and how heavily weighted) each piece occurs. For 入党动机 the index may hold
 * one word 入党动机 while the browser asks for 入党 and 动机: the module falls behind pages that
 * merely say 动机. So the keywords go in as written, then every piece the browser cuts the title
 * and keywords into, each piece once: a piece shared by two of the module's own phrases
 * (一课 in 一月一课一片一实践 and in a title) must not count twice against another module whose
 * phrase it is.
 */
export function searchTermsText(
  { title, keywords }: { title: string; keywords: readonly string[] },
  segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' }),
): string {
  const pieces = new Set(
    [title, ...keywords].flatMap((text) =>
      [...segmenter.segment(text)].filter(({ isWordLike }) => isWordLike).map(({ segment }) => segment),
    ),
  );
  return [...keywords, ...pieces].join(' ');
}
