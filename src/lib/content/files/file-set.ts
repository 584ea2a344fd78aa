/**
 * Which files under content/ are published as pages. Astro's glob loaders (src/content.config.ts)
 * take their patterns from here and the checker's readers (sources.ts) their predicate, so the
 * checker reads exactly the files Astro builds pages from (a test runs Astro's own glob library
 * against the predicate). Everything else that looks like a page is named by the check.
 */
export const PUBLISHED_FILES = {
  /** Course modules: one page, print editions and a search entry each. */
  modules: { folder: 'modules', base: 'content/modules', extension: '.mdx' },
  /** Site pages (home, about, the lecturer guide), rendered by Starlight. */
  docs: { folder: 'pages', base: 'content/pages', extension: '.mdx' },
} as const satisfies Record<string, { folder: string; base: `content/${string}`; extension: string }>;

export type PublishedCollection = keyof typeof PUBLISHED_FILES;

/** Where content lives, relative to the project root. */
export const CONTENT_ROOT = 'content';

/**
 * The glob patterns of a collection's loader: every file with the extension below the base,
 * except names and folders starting with `_` (work in progress, kept out on purpose). Astro's
 * glob library also skips names starting with `.`.
 */
export function globPatterns(collection: PublishedCollection): string[] {
  return [`**/*${PUBLISHED_FILES[collection].extension}`, '!**/_*', '!**/_*/**'];
}

/** Why a file that looks like a page is not published. */
export type StrayReason = 'markdown' | 'extension-case' | 'outside' | 'hidden';

/** What a path under content/ is to the site. */
export type ContentFileRole =
  | { kind: 'published'; collection: PublishedCollection }
  | { kind: 'stray'; reason: StrayReason }
  /** Taxonomy, settings, images, attachments and `_`-prefixed drafts. */
  | { kind: 'other' };

/**
 * Decides a path inside content/ (`modules/theory/ll-001.mdx`, forward slashes) by the same rule
 * as `globPatterns`.
 */
export function contentFileRole(path: string): ContentFileRole {
  const lower = path.toLowerCase();
  const looksLikePage = /\.(mdx|md|markdown)$/.test(lower);
  if (!looksLikePage) return { kind: 'other' };
  const collection = (Object.keys(PUBLISHED_FILES) as PublishedCollection[]).find((name) =>
    path.startsWith(`${PUBLISHED_FILES[name].folder}/`),
  );
  const inside = collection ? path.slice(PUBLISHED_FILES[collection].folder.length + 1) : path;
  const segments = inside.split('/');
  if (segments.some((segment) => segment.startsWith('_'))) return { kind: 'other' };
  if (segments.some((segment) => segment.startsWith('.'))) return { kind: 'stray', reason: 'hidden' };
  if (!lower.endsWith('.mdx')) return { kind: 'stray', reason: 'markdown' };
  if (!collection) return { kind: 'stray', reason: 'outside' };
  if (!path.endsWith(PUBLISHED_FILES[collection].extension))
    return { kind: 'stray', reason: 'extension-case' };
  return { kind: 'published', collection };
}
