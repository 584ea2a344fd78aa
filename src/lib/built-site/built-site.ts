import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The site Astro wrote to `dir`, walked once. Every step after the build (the SVG and CSP checks,
 * the packs, the search index and the offline manifest) reads it through this object instead of
 * walking `dir/` again: the file list is read once, and every step sees what the steps before it
 * wrote.
 */
export class BuiltSite {
  readonly dir: string;
  #files: string[];

  constructor(dir: string) {
    this.dir = dir;
    // Sorted: page numbers in the search index follow this order, so two builds give the same files.
    this.#files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .sort();
  }

  /** Every file, relative to `dir` with `/` separators, in a stable order. */
  get files(): readonly string[] {
    return this.#files;
  }

  /** Every HTML page, in the same order. */
  get pages(): string[] {
    return this.#files.filter((file) => file.endsWith('.html'));
  }

  /**
   * A text file's content. Read from disk each time rather than kept: at 2,000 modules the pages
   * are 68 MB of UTF-8 and twice that as JavaScript strings, held while Pagefind's process grows
   * beside this one, and a second read comes from the system's file cache.
   */
  text(file: string): string {
    return readFileSync(join(this.dir, file), 'utf8');
  }

  /** A file's bytes, or undefined when the site has no such file (e.g. an image on another site). */
  bytes(file: string): Buffer | undefined {
    return this.#files.includes(file) ? readFileSync(join(this.dir, file)) : undefined;
  }

  /** Replaces a text file's content (unchanged files are not rewritten). */
  write(file: string, text: string): void {
    if (this.text(file) !== text) writeFileSync(join(this.dir, file), text);
  }

  /** Deletes a folder (e.g. `print/` once the packs are printed) and forgets its files. */
  removeFolder(folder: string): void {
    rmSync(join(this.dir, folder), { recursive: true, force: true });
    const prefix = folder.replace(/\/?$/, '/');
    this.#files = this.#files.filter((file) => !file.startsWith(prefix));
  }
}
