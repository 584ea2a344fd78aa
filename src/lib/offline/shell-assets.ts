/**
 * Which of the site's scripts and styles a member's first visit precaches: those that the pages a
 * member reads can load, directly or through the imports of other scripts, and not the ones only
 * the branch secretary's ledger loads (its panels, IndexedDB, spreadsheets, the QR decoder: about
 * 700 KB that a member reading one lesson would otherwise download). The ledger's own files are
 * cached as the secretary first uses them (sw-config.ts).
 */

/** Site-relative paths of `_astro/` files a page links: scripts, module preloads, stylesheets. */
export function assetRefs(html: string, base: string): string[] {
  const refs: string[] = [];
  for (const match of html.matchAll(/\s(?:src|href)="([^"]+)"/g)) {
    const url = match[1]!.split(/[?#]/)[0]!;
    if (url.startsWith(`${base}_astro/`)) refs.push(url.slice(base.length));
  }
  return refs;
}

/**
 * The `_astro/` files a built script loads: static imports and `import()` of sibling chunks
 * (`"./name.hash.js"`), the dependency lists Vite writes for preloading (`"_astro/…"`), and
 * stylesheet URLs a script links itself (`` `/_astro/….css` ``, with the base in front).
 */
export function scriptRefs(js: string): string[] {
  const refs: string[] = [];
  for (const match of js.matchAll(/["'`](?:\.\/|[^"'`\s]*?_astro\/)([\w.-]+\.(?:js|css))["'`]/g)) {
    refs.push(`_astro/${match[1]!}`);
  }
  return refs;
}

/** Every file reachable from `entries`, following `refsOf` (each file is read once). */
export function reachable(entries: Iterable<string>, refsOf: (file: string) => string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) queue.push(...refsOf(file));
  }
  return seen;
}
