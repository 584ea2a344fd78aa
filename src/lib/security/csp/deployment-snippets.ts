import { pageHeaderPolicy, SECURITY_HEADERS, SVG_DOCUMENT_POLICY } from './headers.ts';
import type { contentSecurityPolicy } from './policy.ts';

/**
 * The header configuration of docs/deployment.md, written from the policy itself so that what a
 * host copies is what the pages carry (`node scripts/deployment-headers.ts` prints it; a test
 * keeps the document equal to it). `base` is the site's path, such as `/training/`.
 */
type Policy = ReturnType<typeof contentSecurityPolicy>;

/** nginx: one `map` per header, so nested `location`s cannot drop the security headers. */
export function nginxSnippet(policy: Policy, base: string): string {
  const security = Object.entries(SECURITY_HEADERS).map(
    ([name, value]) => `        add_header ${name} "${value}" always;`,
  );
  return [
    '# In the http { } block. The first matching regex wins.',
    'map $uri $curriculum_csp {',
    `    default     "${pageHeaderPolicy(policy)}";`,
    `    ~*\\.svgz?$  "${SVG_DOCUMENT_POLICY}";`,
    '}',
    'map $uri $curriculum_cache {',
    '    # Pages, sw.js and offline-manifest.json are revalidated, or updates stall.',
    '    default     "no-cache";',
    '    # Hashed file names never change.',
    `    ~^${base}_astro/  "public, max-age=31536000, immutable";`,
    '}',
    '',
    'server {',
    '    # …',
    `    location ${base} {`,
    '        add_header Content-Security-Policy $curriculum_csp always;',
    ...security,
    '        add_header Cache-Control $curriculum_cache always;',
    '        gzip on;',
    '        gzip_types text/css application/javascript application/json image/svg+xml;',
    '    }',
    '}',
  ].join('\n');
}

/**
 * Cloudflare Pages: a `_headers` file in dist/. A request inherits the headers of every rule it
 * matches, and two Content-Security-Policy values are both enforced, so the folders that hold
 * only SVG documents get the SVG policy on top of the pages' one. A pattern has one splat and no
 * file-type match, so content images in `_astro/` (beside scripts and workers) keep the pages'
 * policy, which already blocks inline script and event handlers in them.
 */
export function cloudflareHeaders(policy: Policy, base: string): string {
  const security = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return [
    `${base}*`,
    `  Content-Security-Policy: ${pageHeaderPolicy(policy)}`,
    ...security,
    // Cloudflare's default for the rest, `max-age=0, must-revalidate`, is what pages and sw.js need.
    `${base}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    `${base}qr/*`,
    `  Content-Security-Policy: ${SVG_DOCUMENT_POLICY}`,
    `${base}favicon.svg`,
    `  Content-Security-Policy: ${SVG_DOCUMENT_POLICY}`,
  ].join('\n');
}
