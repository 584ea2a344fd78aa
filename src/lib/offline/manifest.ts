import { createHash } from 'node:crypto';
import { moduleSlugOf, studyPathOf } from '../routes/routes.ts';
import { imageUrlsIn } from './page-assets.ts';

/**
 * The offline manifest the build emits: a revision (content hash) for every page a member can
 * save, and for each image it shows. A device that saved a path compares its stored revisions
 * with a new manifest and fetches again only the pages (and images) that changed.
 */
export interface OfflineManifest {
  v: 1;
  /** Keyed by site-relative URL with the base, e.g. `/training/modules/dx-001/`. */
  pages: Record<string, OfflinePage>;
}

export interface OfflinePage {
  /** Hash of the page's HTML: it changes when the lesson, its links or the shared CSS/JS change. */
  rev: string;
  /** Images the page shows, each with its own revision. */
  assets: Record<string, string>;
}

export interface BuiltPage {
  /** Path inside the output folder, e.g. `modules/dx-001/index.html`. */
  file: string;
  html: string;
}

const INDEX = 'index.html';
/** The page a file in the output folder is: `modules/dx-001/index.html` → `modules/dx-001/`. */
const pageOf = (file: string) => (file.endsWith(`/${INDEX}`) ? file.slice(0, -INDEX.length) : undefined);

/** Pages a member can save for offline reading: module pages and study path pages. */
export const isSaveablePage = (file: string): boolean => {
  const page = pageOf(file);
  return page !== undefined && (moduleSlugOf(page) !== undefined || studyPathOf(page) !== undefined);
};

export const revisionOf = (content: string | Uint8Array): string =>
  createHash('sha256').update(content).digest('hex').slice(0, 16);

/**
 * Builds the manifest from the built pages. `readAsset` returns an image's bytes by its URL
 * (undefined when the file is not in the output, e.g. an external image: it is then left out).
 */
export function createOfflineManifest(
  pages: Iterable<BuiltPage>,
  base: string,
  readAsset: (url: string) => Uint8Array | undefined,
): OfflineManifest {
  const manifest: OfflineManifest = { v: 1, pages: {} };
  for (const { file, html } of pages) {
    if (!isSaveablePage(file)) continue;
    const assets: Record<string, string> = {};
    for (const url of imageUrlsIn(html)) {
      const bytes = readAsset(url);
      if (bytes) assets[url] = revisionOf(bytes);
    }
    manifest.pages[`${base}${pageOf(file)}`] = { rev: revisionOf(html), assets };
  }
  return manifest;
}
