import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The site Astro wrote to `dir`, walked once. Every step after the build (the SVG and CSP checks,
 * the packs, the search index and the offline manifest) reads it through this object instead of
 * walking `dir/` again: the file list is read once, and each text file is read from disk once and
 * kept until the steps are done (68 MB of HTML at 2,000 modules).
 */
export class BuiltSite {
  readonly dir: string;
  #files: string[];
  readonly #texts = new Map<string, string>();

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

  /** A text file's content, read from disk on first use. */
  text(file: string): string {
    let text = this.#texts.get(file);
    if (text === undefined) {
      text = readFileSync(join(this.dir, file), 'utf8');
      this.#texts.set(file, text);
    }
    return text;
  }

  /** A file's bytes, or undefined when the site has no such file (e.g. an image on another site). */
  bytes(file: string): Buffer | undefined {
    return this.#files.includes(file) ? readFileSync(join(this.dir, file)) : undefined;
  }

  /** Replaces a text file's content, on disk and here. */
  write(file: string, text: string): void {
    if (this.text(file) === text) return;
    writeFileSync(join(this.dir, file), text);
    this.#texts.set(file, text);
  }

  /** Deletes a folder (e.g. `print/` once the packs are printed) and forgets its files. */
  removeFolder(folder: string): void {
    rmSync(join(this.dir, folder), { recursive: true, force: true });
    const prefix = folder.replace(/\/?$/, '/');
    this.#files = this.#files.filter((file) => !file.startsWith(prefix));
    for (const file of this.#texts.keys()) if (file.startsWith(prefix)) this.#texts.delete(file);
  }
}
