/**
 * What this device saved for offline reading, kept in localStorage: the revision of each saved
 * page (from the build's offline manifest) and its images. Shared by the save button and the
 * offline page.
 */
import type { Revisions } from '../../lib/offline/stale-entries.ts';

const KEY = 'dangjian-offline';

export interface SavedState {
  v: 1;
  /** Page or image URL → revision it was saved at. */
  revisions: Revisions;
  /** Path page URL → ISO date it was last saved. */
  paths: Record<string, string>;
}

export function readSaved(): SavedState {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '') as SavedState;
    if (parsed?.v === 1 && parsed.revisions && parsed.paths) return parsed;
  } catch {
    // Missing or unreadable: nothing saved yet.
  }
  return { v: 1, revisions: {}, paths: {} };
}

export function writeSaved(state: SavedState): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // Storage full or blocked: the pages are still in the cache; only the revisions are lost,
    // so the next save fetches them again.
  }
}
