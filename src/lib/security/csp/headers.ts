import type { contentSecurityPolicy } from './policy.ts';

/**
 * The site's Content Security Policy as HTTP headers, for the web server or CDN (docs/deployment.md
 * is generated from here by scripts/deployment-headers.ts, and a test keeps the two equal).
 *
 * Pages carry their policy in a `<meta>`, but a `<meta>` cannot say `frame-ancestors`, and it
 * covers HTML only: an SVG opened by its own URL is a document of the site's origin with no
 * policy at all. The header repeats the pages' policy (a browser enforces both, so the
 * `<meta>`, with each page's own style hashes, still narrows it) and gives SVG documents one
 * of their own that runs nothing.
 */
type Policy = ReturnType<typeof contentSecurityPolicy>;

/** The policy of every HTML page, and the outer bound of anything else that is not an SVG. */
export function pageHeaderPolicy(policy: Policy): string {
  const scripts = [
    ...policy.scriptDirective.resources,
    ...policy.scriptDirective.hashes.map((hash) => `'${hash}'`),
  ];
  return [
    ...policy.directives,
    `script-src ${scripts.join(' ')}`,
    // Astro hashes each page's <style> elements at build time, so the header cannot list them;
    // the page's <meta> does, and it is enforced together with this one.
    "style-src 'self' 'unsafe-inline'",
    // What a <meta> cannot say: no framing by other sites.
    "frame-ancestors 'self'",
  ].join('; ');
}

/**
 * SVG documents run nothing, load only images from the site, and are sandboxed (a unique
 * origin), so even an SVG that slipped past the checks cannot read members' records.
 */
export const SVG_DOCUMENT_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; sandbox";

/** The other security headers, sent with every response. */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;
