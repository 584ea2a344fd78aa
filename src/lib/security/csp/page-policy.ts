import { isRawText, startTags } from './html-tags.ts';
import { sha256Of } from './inline-hashes.ts';

/**
 * Reading a built page's own CSP `<meta>` and the inline code it carries: the pieces that the
 * build's CSP check and its tightening step share.
 */
const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i;

export interface InlineCode {
  kind: 'script' | 'style';
  body: string;
  hash: string;
}

/** The policy text, with the entities Astro writes decoded; undefined when the page has none. */
export function readPolicy(html: string): string | undefined {
  return META.exec(html)?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}

/** The sources listed for one directive, e.g. `['self'`, `'sha256-…']` for script-src. */
export const directiveSources = (policy: string, name: string): string[] =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name)
    ?.slice(1) ?? [];

/** Inline `<script>` (not external, not JSON data) and `<style>` elements, with their hashes. */
export function inlineCodeIn(html: string): InlineCode[] {
  const found: InlineCode[] = [];
  for (const { name, attributes, text } of startTags(html, isRawText)) {
    if (text === undefined) continue;
    const data = /^application\/(ld\+)?json$/.test(attributes.get('type') ?? '');
    if (name === 'script' && (attributes.has('src') || data)) continue;
    found.push({ kind: name === 'script' ? 'script' : 'style', body: text, hash: sha256Of(text) });
  }
  return found;
}

/** Rewrites the page's policy `<meta>`; the page is returned unchanged when it has none. */
export function replacePolicy(html: string, policy: string): string {
  return html.replace(
    META,
    () => `<meta http-equiv="content-security-policy" content="${policy.replaceAll("'", '&#39;')}">`,
  );
}
