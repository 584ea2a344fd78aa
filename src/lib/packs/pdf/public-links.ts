/**
 * What a link in a printed pack becomes. The renderer prints each page from a server on 127.0.0.1
 * at a random port, so a link left as the browser resolved it (`../ll-002/` written in a module,
 * printed from `/print/modules/dx-001/lecturer/`) points at that server, at a print page that is
 * deleted after the build, and at the wrong depth. A PDF outlives the build: every link into the
 * site must name the public page a member should open, on the origin the QR codes use.
 */
import { MODULE_CODE_PATTERN } from '../../../schemas/module.ts';
import { moduleSlug, moduleSlugOf, normalizeBase, sitePaths } from '../../routes/routes.ts';

/** `<meta name=… content=…>` in a print page's head: the public origin its QR codes use, if any. */
export const PUBLIC_ORIGIN_META = 'curriculum-public-origin';

/**
 * Marks the part of a print page written for another page, e.g. a module's body in a path pack:
 * its relative links were written for the module's own page, `/modules/<code>/`.
 */
export const LINK_BASE_ATTRIBUTE = 'data-link-base';

export type PrintedLink =
  /** Left as it is: an anchor in the same document, or a link to another site. */
  | { kind: 'keep' }
  | { kind: 'public'; href: string }
  /** No link annotation at all: the text stays, the `<a>` goes. */
  | { kind: 'text' };

export interface PrintedLinkInput {
  /** URL path the link was written for, with the base, e.g. `/training/modules/dx-001/`. */
  pagePath: string;
  /** The `href` attribute as written. */
  href: string;
  /** The site's base path, e.g. `/` or `/training/`. */
  base: string;
  /** The origin QR codes use, e.g. `https://dangjian.example.cn`; undefined when they print none. */
  publicOrigin: string | undefined;
}

/** Stands in for the print server: whatever resolves to it is a page of this site. */
const SITE = 'http://site.invalid';
/** What a PDF reader may open from another site; anything else (`javascript:`, `data:`) is text. */
const OUTSIDE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The origin alone (`https://host`), or undefined for anything else, however it got there. */
function originOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value.replace(/\/+$/, '')
      ? url.origin
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the browser resolves `href` within the document itself: its first character after what
 * the URL parser strips (leading C0 controls and spaces, tabs and newlines anywhere, all at most
 * U+0020) is `#`. Chromium writes such a link as an internal destination, or drops it when no
 * element has the id, so it never names the server.
 */
const isSameDocument = (href: string) => [...href].find((char) => char.codePointAt(0)! > 0x20) === '#';

/** `dx-001`: a module code as its page's URL segment (`moduleSlug` in routes.ts). */
const isModuleSlug = (segment: string) =>
  segment === moduleSlug(segment) && MODULE_CODE_PATTERN.test(segment.toUpperCase());

export function printedLink({ pagePath, href, base, publicOrigin }: PrintedLinkInput): PrintedLink {
  if (isSameDocument(href)) return { kind: 'keep' };
  let url: URL;
  try {
    url = new URL(href, `${SITE}${pagePath.startsWith('/') ? pagePath : `/${pagePath}`}`);
  } catch {
    return { kind: 'text' };
  }
  if (url.origin !== SITE) return OUTSIDE_SCHEMES.has(url.protocol) ? { kind: 'keep' } : { kind: 'text' };
  const origin = originOf(publicOrigin);
  if (!origin) return { kind: 'text' };
  const root = normalizeBase(base);
  const inSite = url.pathname.startsWith(root) ? url.pathname.slice(root.length) : undefined;
  // Print pages are removed from the published site once their PDFs exist.
  if (inSite?.startsWith(sitePaths.printRoot())) return { kind: 'text' };
  // A module page is named by its short link, which forwards to a successor when the module is
  // retired (the same link as its QR code). The short link drops a fragment, so one stays as is.
  const slug = moduleSlugOf(inSite ?? '');
  if (slug && isModuleSlug(slug) && !url.search && !url.hash) {
    return { kind: 'public', href: `${origin}${root}${sitePaths.shortLink(slug)}` };
  }
  return { kind: 'public', href: `${origin}${url.pathname}${url.search}${url.hash}` };
}
