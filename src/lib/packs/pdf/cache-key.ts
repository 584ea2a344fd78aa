/**
 * The content hash of a job: the HTML file, every local file it loads (followed through CSS
 * @import/url() and JS imports), the job title and date (they become the PDF's title and dates)
 * and the engine version, which includes the browser's.
 * Shared stylesheets and scripts are read and hashed once per run, however many pages use them.
 */
import { createHash } from 'node:crypto';
import { findRefs, hasRefs } from './asset-refs.ts';
import { resolveReference, type ServedFile } from './url-map.ts';

/** Reads a file relative to outDir; undefined when it does not exist. */
export type ReadSiteFile = (path: string) => Promise<Buffer | undefined>;

export interface CacheKeyOptions {
  /** Normalized base, e.g. '/' or '/training/'. */
  base: string;
  /** Changes whenever the output would change for the same input (see engine.ts). */
  engine: string;
  read: ReadSiteFile;
}

interface Scanned {
  /** sha256 of the content, or undefined when the file is missing. */
  digest: string | undefined;
  refs: ServedFile[];
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * Returns a function giving each job's key, or undefined when its HTML file does not exist.
 * Font files are not read: the font package's version is part of the engine string instead,
 * which saves hashing megabytes of font subsets for every run.
 */
export function createCacheKeyer({ base, engine, read }: CacheKeyOptions) {
  const scans = new Map<string, Promise<Scanned>>();

  const scan = (path: string): Promise<Scanned> => {
    let scanned = scans.get(path);
    if (!scanned) {
      scanned = read(path).then((content) => ({
        digest: content && sha256(content),
        refs:
          content && hasRefs(path)
            ? findRefs(path, content.toString('utf8')).flatMap(
                (ref) => resolveReference(ref, path, base) ?? [],
              )
            : [],
      }));
      scans.set(path, scanned);
    }
    return scanned;
  };

  return async function keyFor(source: string, title: string, date = ''): Promise<string | undefined> {
    const page = await scan(source);
    if (!page.digest) return undefined;
    // Breadth-first over references; `seen` also stops import cycles between stylesheets.
    const lines: string[] = [];
    const seen = new Set<string>();
    const queue: ServedFile[] = [{ root: 'site', path: source }];
    while (queue.length > 0) {
      const file = queue.shift()!;
      const id = `${file.root}:${file.path}`;
      if (seen.has(id)) continue;
      seen.add(id);
      if (file.root === 'fonts') {
        lines.push(id);
        continue;
      }
      const { digest, refs } = await scan(file.path);
      // A missing file is part of the key too: it hashes the same every run until it appears.
      lines.push(`${id} ${digest ?? 'missing'}`);
      queue.push(...refs);
    }
    return sha256([engine, title, date, ...lines].join('\n'));
  };
}
