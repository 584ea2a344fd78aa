const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * HTML text with its character references turned back into characters: the named ones an HTML
 * writer uses for text (`&amp;`, `&lt;`, `&quot;`, `&nbsp;`…) and numeric ones (`&#39;`, `&#x4e00;`).
 * For reading text out of markup we or Pagefind wrote (the index digest, Pagefind's excerpts);
 * an unknown name is left as written.
 */
export function decodeHtmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? reference;
    const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });
}
