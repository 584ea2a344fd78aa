/**
 * The part of a built page Pagefind reads, as a document of its own: the page's language and
 * the element Starlight marks `data-pagefind-body` (its `<main>`), without the head, header,
 * sidebar and scripts around it. Pagefind indexes only that element and takes the language from
 * `<html lang>`, so the index is the same byte for byte (checked at 2,000 modules); it just parses
 * a third of the bytes. A page laid out otherwise is given whole.
 */
export function searchableDocument(html: string): string {
  const start = html.search(/<main\b[^>]*\sdata-pagefind-body(?=[\s>=])/);
  const end = html.indexOf('</main>', start);
  if (start < 0 || end < 0) return html;
  const lang = /<html\b[^>]*\slang="([^"]*)"/.exec(html)?.[1];
  const opening = lang === undefined ? '<html>' : `<html lang="${lang}">`;
  return `<!doctype html>${opening}<body>${html.slice(start, end + '</main>'.length)}</body></html>`;
}
