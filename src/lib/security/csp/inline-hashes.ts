import { createHash } from 'node:crypto';

/**
 * CSP hashes for `<script is:inline>` blocks. Astro hashes the scripts and styles it bundles,
 * but not inline ones; Starlight renders a few (theme before first paint, sidebar state), and
 * our own components may too. Their text is copied into the page verbatim, so hashing the
 * source gives the hash the browser computes.
 */
export type Sha256 = `sha256-${string}`;

export const sha256Of = (text: string): Sha256 =>
  `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The bodies of every `<script is:inline>` in an Astro component's source. */
export function inlineScriptsIn(source: string): string[] {
  // The frontmatter is code, not markup; a comment there may mention `<script is:inline>`.
  const template = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return [...template.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1]!,
  );
}

/** Hashes of the inline scripts in many component sources, without duplicates, in a stable order. */
export function inlineScriptHashes(sources: readonly string[]): Sha256[] {
  return [...new Set(sources.flatMap(inlineScriptsIn).map(sha256Of))].sort();
}
