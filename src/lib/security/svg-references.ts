import { normalizeUrl, urlScheme } from './url.ts';

/**
 * What an SVG may point at. Opened on its own, an SVG is a document of the site's origin, so a
 * reference to anything outside the file is either a script (`javascript:`), a document that
 * may carry one (`data:text/html`, another SVG through `<use>`), or a request to another host
 * that tells it who looks at what. Only two kinds pass: a same-document `#id`, and a relative
 * path, which stays on this site. Raster images embedded as `data:image/png` (as Inkscape
 * saves them) cannot run anything, and pass in `<image>` only.
 */
export type ReferenceProblem =
  | { kind: 'scheme'; scheme: string }
  | { kind: 'external' }
  /** `<use>` pulls another document's elements into this one: same-document `#id` only. */
  | { kind: 'use' };

const RASTER_DATA = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif|bmp);/i;

/** Why `url`, written in an attribute of `element` (local name, lower case), may not stay; undefined when it may. */
export function referenceProblem(element: string, url: string): ReferenceProblem | undefined {
  const normalized = normalizeUrl(url);
  if (normalized === '' || normalized.startsWith('#')) return undefined;
  if (element === 'use') return { kind: 'use' };
  const scheme = urlScheme(url);
  if (scheme === 'data' && element === 'image' && RASTER_DATA.test(normalized)) return undefined;
  if (scheme === 'http' || scheme === 'https') return { kind: 'external' };
  if (scheme !== undefined) return { kind: 'scheme', scheme };
  // `//host/…` (and `\\host`, which normalizeUrl reads as `//`) leaves the site.
  if (normalized.startsWith('//')) return { kind: 'external' };
  return undefined;
}

/**
 * CSS in a `<style>` element, a `style` attribute or a presentation attribute (`fill`, `filter`)
 * that would load something: `@import`, and `url(…)`, `image-set(…)` and friends pointing
 * anywhere but `#id`. CSS escapes (`\75 rl(`) and comments are undone first, as a browser's CSS
 * parser undoes them. Returns what was found, as the lecturer can search for it.
 */
export function cssProblems(css: string): string[] {
  const plain = decodeCssEscapes(css)
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ')
    .toLowerCase();
  const found: string[] = [];
  if (plain.includes('@import')) found.push('@import');
  for (const match of plain.matchAll(
    /(?<![\w-])(-webkit-image-set|image-set|cross-fade|image|src|url)\s*\(\s*(["']?)([^)]*)/g,
  )) {
    const [, name, quote, rest] = match as unknown as [string, string, string, string];
    const target = (quote ? rest.slice(0, Math.max(0, rest.indexOf(quote))) || rest : rest).trim();
    if (name === 'url' && normalizeUrl(target).startsWith('#')) continue;
    found.push(`${name}(${target})`);
  }
  for (const legacy of ['expression(', '-moz-binding', 'behavior:'])
    if (plain.includes(legacy)) found.push(legacy);
  return found;
}

/** `\75` → `u`, `\:` → `:`; an escaped newline is dropped, as in a CSS string. */
function decodeCssEscapes(css: string): string {
  return css.replace(
    /\\(?:([0-9a-f]{1,6})[ \t\r\n\f]?|(\r\n|[\n\r\f])|([\s\S]))/gi,
    (_, hex?: string, newline?: string, other?: string) => {
      if (newline !== undefined) return '';
      if (other !== undefined) return other;
      const code = parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    },
  );
}
