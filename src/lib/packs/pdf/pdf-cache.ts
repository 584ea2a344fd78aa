/**
 * The on-disk PDF cache, `<cacheDir>/<key>.pdf`, and the write-then-rename helpers that keep
 * half-written files out of outDir and out of the cache (a build killed mid-write leaves at most
 * a hidden `.tmp` file, which the next prune or the next clean build removes).
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const CACHED_PDF = /^[0-9a-f]{64}\.pdf$/;
const TEMP_FILE = /^\..+\.tmp$/;
/** A temp file this old belongs to no running build any more. */
const STALE_TEMP_MS = 60 * 60 * 1000;

export const cachedPdfPath = (cacheDir: string, key: string) => join(cacheDir, `${key}.pdf`);

/** A hidden name beside `file`, unique per call, for writing before the rename. */
export function tempPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Copies `from` to `to` so that `to` is either absent or complete, never partial. */
export async function copyAtomically(from: string, to: string): Promise<void> {
  const temp = tempPathFor(to);
  try {
    // A copy-on-write clone where the file system offers one, a plain copy elsewhere.
    await copyFile(from, temp, constants.COPYFILE_FICLONE);
    await rename(temp, to);
  } finally {
    await rm(temp, { force: true });
  }
}

/** Copies a cached PDF to `to`; false when the cache has no PDF for this key. */
export async function restoreFromCache(cacheDir: string, key: string, to: string): Promise<boolean> {
  try {
    await copyAtomically(cachedPdfPath(cacheDir, key), to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

export const saveToCache = (cacheDir: string, key: string, from: string) =>
  copyAtomically(from, cachedPdfPath(cacheDir, key));

/**
 * Keeps the cache bounded: deletes every cached PDF whose key is not in `keep` (the keys of this
 * run), and temp files old enough to be leftovers. Other files in cacheDir are left alone.
 * Returns how many files were deleted.
 */
export async function pruneCache(
  cacheDir: string,
  keep: ReadonlySet<string>,
  now = Date.now(),
): Promise<number> {
  let removed = 0;
  for (const name of await readdir(cacheDir)) {
    const path = join(cacheDir, name);
    const unused = CACHED_PDF.test(name) && !keep.has(name.slice(0, -'.pdf'.length));
    const modified = TEMP_FILE.test(name) ? (await stat(path).catch(() => undefined))?.mtimeMs : undefined;
    const staleTemp = modified !== undefined && now - modified > STALE_TEMP_MS;
    if (unused || staleTemp) {
      await rm(path, { force: true });
      removed++;
    }
  }
  return removed;
}
