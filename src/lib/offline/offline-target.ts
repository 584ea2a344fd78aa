/**
 * Which saved page answers a navigation the network could not: a printed short link
 * (`/q/<code>/`, with or without the slash, the code in any case or width) stands for the page in
 * the build's short-link table, and a page URL without its slash for the page with it. The
 * service worker runs this function as copied source text (see sw-navigation.ts), so it uses
 * nothing from outside its own body: no imports, no helpers.
 */

/**
 * The pathname to redirect to, or undefined when the URL stands for no other page. `scope` is
 * the worker's scope path (the base, e.g. `/training/`); `links` maps a short-link slug to its
 * page relative to the base (`offline-links.json`).
 */
export function offlineTarget(
  pathname: string,
  scope: string,
  links: Readonly<Record<string, string>>,
): string | undefined {
  if (!pathname.startsWith(scope)) return undefined;
  const rest = pathname.slice(scope.length);
  const short = /^q\/([^/]+)\/?$/i.exec(rest);
  if (short) {
    let code = short[1]!;
    try {
      code = decodeURIComponent(code);
    } catch {
      return undefined;
    }
    // The spelling of `urlSegment` in routes.ts: the slugs in `links` went through it.
    const target = links[code.normalize('NFKC').toLowerCase()];
    if (target !== undefined) return scope + target;
  }
  const last = rest.slice(rest.lastIndexOf('/') + 1);
  // A page URL without its slash; a file (`sw.js`, `dx-001.pdf`) keeps its name.
  if (last !== '' && !last.includes('.')) return `${pathname}/`;
  return undefined;
}
