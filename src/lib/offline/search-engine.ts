import { OFFLINE_CACHES } from './cache-names.ts';

/**
 * The files Pagefind needs before it can search, which saving a path stores so that search
 * opens without a network: its loader, worker and entry file, the wasm of each language and
 * the meta file of each index (named by content hash, in the cache the worker reads hashed
 * files from). The index chunks and fragments a query needs are kept as searches fetch them:
 * all of them would be megabytes at 2,000 modules, for a path of a few.
 */
export interface EngineFile {
  /** Absolute or base-relative URL, e.g. `/pagefind/pagefind.js`. */
  url: string;
  cache: (typeof OFFLINE_CACHES)['search' | 'searchIndex'];
}

/** The first file the engine reads; its languages name the wasm and meta files. */
export const ENGINE_ENTRY = 'pagefind-entry.json';

/** The part of `pagefind-entry.json` this reads. */
interface PagefindEntry {
  languages?: Record<string, { hash?: unknown; wasm?: unknown }>;
}

/**
 * `pagefindUrl` is the folder, e.g. `/training/pagefind/`; `entry` the parsed entry file.
 * Anything unexpected in it leaves those files out rather than throwing: saving the path's
 * pages matters more than the search engine.
 */
export function searchEngineFiles(pagefindUrl: string, entry: unknown): EngineFile[] {
  const fixed = (file: string): EngineFile => ({
    url: `${pagefindUrl}${file}`,
    cache: OFFLINE_CACHES.search,
  });
  const files = ['pagefind.js', 'pagefind-worker.js', ENGINE_ENTRY].map(fixed);
  const languages = (entry as PagefindEntry | null)?.languages;
  if (!languages || typeof languages !== 'object') return files;
  const wasm = new Set<string>();
  for (const language of Object.values(languages)) {
    // Pagefind names the wasm by the language it stems, `unknown` for one it has no stemmer for.
    wasm.add(typeof language?.wasm === 'string' ? language.wasm : 'unknown');
    if (typeof language?.hash === 'string' && /^[\w-]+$/.test(language.hash)) {
      files.push({
        url: `${pagefindUrl}pagefind.${language.hash}.pf_meta`,
        cache: OFFLINE_CACHES.searchIndex,
      });
    }
  }
  for (const name of wasm) if (/^[\w-]+$/.test(name)) files.push(fixed(`wasm.${name}.pagefind`));
  return files;
}
