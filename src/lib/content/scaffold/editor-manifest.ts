/** Where Astro lists which content file belongs to which collection, for the VS Code extension. */
export const EDITOR_MANIFEST = '.astro/collections/collections.json';

/**
 * Adds a new module file to Astro's collection manifest, so frontmatter completion works in it
 * at once; Astro itself only rewrites the manifest on its next sync (dev server start, build).
 * Keys are file URLs in lower case, as Astro writes them. Returns undefined when the manifest
 * is not one Astro wrote with a `modules` collection; then the next sync adds the file.
 */
export function addToEditorManifest(manifestJson: string, fileUrl: string): string | undefined {
  let manifest: { collections?: { name?: string }[]; entries?: Record<string, string> };
  try {
    manifest = JSON.parse(manifestJson) as typeof manifest;
  } catch {
    return undefined;
  }
  if (!manifest.collections?.some((collection) => collection.name === 'modules')) return undefined;
  const entries = { ...manifest.entries, [fileUrl.toLowerCase()]: 'modules' };
  return JSON.stringify({ ...manifest, entries }, null, 2);
}
