import { sitePaths, urlSegment } from '../routes/routes.ts';

/**
 * Which saved page answers a navigation the network could not: a printed short link
 * (`/q/<code>/`, with or without the slash, the code in any case or width) stands for the page in
 * the build's short-link table, and a page URL without its slash for the page with it. Run by the
 * service worker (sw-navigation.ts).
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
  const root = sitePaths.shortLinks();
  if (!pathname.startsWith(scope)) return undefined;
  const rest = pathname.slice(scope.length);
  // `/Q/DX-001` too: the folder is compared in its URL spelling, like the code.
  const inShortLinks = urlSegment(rest.slice(0, root.length)) === root;
  const short = inShortLinks ? /^([^/]+)\/?$/.exec(rest.slice(root.length)) : null;
  if (short) {
    let code = short[1]!;
    try {
      code = decodeURIComponent(code);
    } catch {
      return undefined;
    }
    // The slugs in `links` went through the same spelling.
    const target = links[urlSegment(code)];
    if (target !== undefined) return scope + target;
  }
  const last = rest.slice(rest.lastIndexOf('/') + 1);
  // A page URL without its slash; a file (`sw.js`, `dx-001.pdf`) keeps its name.
  if (last !== '' && !last.includes('.')) return `${pathname}/`;
  return undefined;
}
