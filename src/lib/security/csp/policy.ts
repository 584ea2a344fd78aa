import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineScriptHashes } from './inline-hashes.ts';

/**
 * The site's Content Security Policy, for `security.csp` in astro.config.mjs. Everything comes
 * from the site itself: no third-party source. Astro adds the hashes of the scripts and styles
 * it bundles; the hashes of inline scripts (Starlight's and ours) are computed here from the
 * component sources, so a Starlight upgrade cannot silently break the theme script.
 * Directives a `<meta>` cannot carry (frame-ancestors) are left to the host: see docs/deployment.md.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // Pagefind ≥ 1.5 searches in a web worker it may start from a blob: URL.
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

function astroFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.astro'))
    .map((file) => join(dir, file));
}

/** Component sources that may render `<script is:inline>`: Starlight's and the project's own. */
export function inlineScriptSources(root: string): string[] {
  // The package's exports hide its files from require.resolve; npm installs it here.
  const starlight = join(root, 'node_modules', '@astrojs', 'starlight', 'dist');
  return [...astroFilesUnder(starlight), ...astroFilesUnder(join(root, 'src'))].map((file) =>
    readFileSync(file, 'utf8'),
  );
}

export function contentSecurityPolicy(root: string) {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...DIRECTIVES],
    scriptDirective: {
      // Pagefind compiles its search wasm; that needs 'wasm-unsafe-eval', not 'unsafe-eval'.
      resources: ["'self'", "'wasm-unsafe-eval'"],
      hashes: inlineScriptHashes(inlineScriptSources(root)),
    },
    styleDirective: {
      // Starlight sets `style="…"` attributes. This scopes
      // 'unsafe-inline' to style attributes (style-src-attr); <style> elements still need hashes.
      resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }],
    },
  };
}
