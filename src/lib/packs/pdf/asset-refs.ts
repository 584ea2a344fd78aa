/**
 * The references in a built file that can change how a page prints: stylesheets, scripts, images,
 * fonts and CSS imports. Links to other pages (<a href>) are left out on purpose: editing one
 * module must not invalidate the packs of every module that links to it.
 *
 * Regular expressions are enough for Astro's own output. They err towards finding too much: an
 * invented reference costs nothing (it hashes as missing, the same way every run), while a missed
 * one would let a stale PDF out of the cache after that file changed.
 */

const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const ASSET_TAG =
  /<(link|script|img|source|image|use|video|audio|track|object|embed|iframe|input)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const URL_ATTRIBUTES = new Set(['src', 'href', 'xlink:href', 'poster', 'data']);
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);
/** <link> relations whose target the browser loads for this page. */
const LOADED_LINK = /\b(stylesheet|preload|modulepreload)\b/i;
const STYLE_BLOCK = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

const CSS_COMMENT = /\/\*[\s\S]*?\*\//g;
const CSS_URL = /url\(\s*(["']?)([^"')]+?)\1\s*\)/gi;
const CSS_IMPORT_STRING = /@import\s+(["'])([^"']+)\1/gi;

const JS_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*(["'])([^"'\n]+)\1/g;

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single, bare] of source.matchAll(ATTRIBUTE)) {
    attributes.set(name!.toLowerCase(), (double ?? single ?? bare ?? '').replaceAll('&amp;', '&'));
  }
  return attributes;
}

const srcsetUrls = (value: string) =>
  value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

export function findCssRefs(css: string): string[] {
  const text = css.replace(CSS_COMMENT, '');
  return [...text.matchAll(CSS_IMPORT_STRING), ...text.matchAll(CSS_URL)].map((match) => match[2]!.trim());
}

export function findHtmlRefs(html: string): string[] {
  const text = html.replace(HTML_COMMENT, '');
  const refs: string[] = [];
  for (const [, tag, rest] of text.matchAll(ASSET_TAG)) {
    const attributes = attributesOf(rest!);
    if (tag!.toLowerCase() === 'link' && !LOADED_LINK.test(attributes.get('rel') ?? '')) continue;
    for (const [name, value] of attributes) {
      if (URL_ATTRIBUTES.has(name)) refs.push(value);
      if (SRCSET_ATTRIBUTES.has(name)) refs.push(...srcsetUrls(value));
    }
  }
  for (const [, css] of text.matchAll(STYLE_BLOCK)) refs.push(...findCssRefs(css!));
  // style="" on any tag (a <div> with a background image, say).
  for (const [, double, single] of text.matchAll(/\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    refs.push(...findCssRefs(double ?? single ?? ''));
  }
  return [...new Set(refs)];
}

/** Static and dynamic imports of other built chunks; bare package names do not occur in output. */
export function findJsRefs(js: string): string[] {
  const refs = [...js.matchAll(JS_IMPORT)].map((match) => match[2]!);
  return [...new Set(refs.filter((ref) => ref.startsWith('.') || ref.startsWith('/')))];
}

/** The references of a file, chosen by its extension; images and fonts reference nothing. */
export function findRefs(path: string, content: string): string[] {
  if (/\.html?$/i.test(path)) return findHtmlRefs(content);
  if (/\.css$/i.test(path)) return findCssRefs(content);
  if (/\.m?js$/i.test(path)) return findJsRefs(content);
  return [];
}

/** Whether findRefs reads this file's text at all (so binary files are never decoded). */
export const hasRefs = (path: string) => /\.(html?|css|m?js)$/i.test(path);
