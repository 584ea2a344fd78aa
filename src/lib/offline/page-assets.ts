/**
 * The same-site images a page shows, read from its HTML: what saving a page must store so that
 * it opens offline whole. One list for the build (the offline manifest's revisions) and the
 * browser (a page kept on first reading), so both save the same files. It reads attributes, not
 * what the browser has loaded: a lazy image below the fold (the module's QR code) has no
 * `currentSrc` until it is scrolled to, and would otherwise be missing offline.
 */

/** Every `<img>` and `<source>` src/srcset, and `url(…)` in inline styles; absolute paths only. */
export function imageUrlsIn(html: string): string[] {
  const urls = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:img|source)\b[^>]*>/gi)) {
    const src = /\ssrc="([^"]+)"/i.exec(tag)?.[1];
    if (src) urls.add(src);
    const srcset = /\ssrcset="([^"]+)"/i.exec(tag)?.[1];
    for (const candidate of srcset?.split(',') ?? []) urls.add(candidate.trim().split(/\s+/)[0]!);
  }
  // Background images set on an element. (The built stylesheets' url()s are data: URLs today,
  // which travel inside the precached CSS.)
  for (const [, style] of html.matchAll(/\sstyle="([^"]*)"/gi)) {
    for (const [, url] of style!.matchAll(/url\((?:&quot;|&#39;|['"])?([^"')&]+)/gi)) urls.add(url!);
  }
  return [...urls]
    .filter((url) => url.startsWith('/') && !url.startsWith('//'))
    .map((url) => url.replaceAll('&amp;', '&'));
}
