/** Small URL helpers shared by the link and image checks and the URL policy. */

/** `https:`, `mailto:`, `data:` or protocol-relative: nothing on this site to check. */
export function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/** Percent-decoding that keeps the text as written when it is not valid encoding. */
export function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A URL as a browser reads it before it looks at the scheme: character references decoded,
 * ASCII control characters dropped and spaces trimmed (the URL parser strips them at the ends
 * and ignores tabs and newlines inside, so `java&Tab;script:` and ` javascript:` both run), `\`
 * read as `/` (so `\\host` is protocol-relative).
 */
export function normalizeUrl(url: string): string {
  // Twice: `&amp;#106;` decodes to `&#106;` once, and the result must not hide a scheme.
  const decoded = decodeReferences(decodeReferences(url));
  // A control character inside a scheme makes a browser read the URL as relative; dropping it
  // here judges `java\u0001script:` as `javascript:`, stricter than needed and never looser.
  return (
    decoded
      // eslint-disable-next-line no-control-regex -- the controls are the point
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .trim()
      .replace(/\\/g, '/')
  );
}

/** The scheme of a URL as a browser reads it, lower case, if it has one. */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(normalizeUrl(url))?.[1]?.toLowerCase();
}

/**
 * The named references that stand for ASCII punctuation or whitespace: the only names that can
 * spell a scheme or its colon (no named reference stands for an ASCII letter or digit).
 */
const ASCII_NAMED: Record<string, string> = {
  Tab: '\t',
  NewLine: '\n',
  excl: '!',
  quot: '"',
  QUOT: '"',
  num: '#',
  dollar: '$',
  percnt: '%',
  amp: '&',
  AMP: '&',
  apos: "'",
  lpar: '(',
  rpar: ')',
  ast: '*',
  midast: '*',
  plus: '+',
  comma: ',',
  period: '.',
  sol: '/',
  colon: ':',
  semi: ';',
  lt: '<',
  LT: '<',
  equals: '=',
  gt: '>',
  GT: '>',
  quest: '?',
  commat: '@',
  lsqb: '[',
  lbrack: '[',
  bsol: '\\',
  rsqb: ']',
  rbrack: ']',
  Hat: '^',
  lowbar: '_',
  UnderBar: '_',
  grave: '`',
  DiacriticalGrave: '`',
  lcub: '{',
  lbrace: '{',
  verbar: '|',
  vert: '|',
  VerticalLine: '|',
  rcub: '}',
  rbrace: '}',
};

/** Numeric references with or without the `;` (browsers accept both) and the names above. */
function decodeReferences(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-f]+);?|#(\d+);?|([a-z]+);)/gi,
    (reference, hex?: string, dec?: string, name?: string) => {
      if (name !== undefined) return ASCII_NAMED[name] ?? reference;
      const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    },
  );
}
