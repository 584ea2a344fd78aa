/**
 * Maps between the site's URLs (under BASE_PATH), the files in outDir and the font mount. The
 * static server and the cache key both go through here, so a file the renderer can load is
 * exactly a file the cache key hashes.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Where the CJK web font is served for the renderer. It is mounted at the root and under the base,
 * so print CSS may use either `/__pdf-fonts/400.css` or `${base}__pdf-fonts/400.css`.
 */
export const FONT_MOUNT = '__pdf-fonts/';

/** A file the renderer may ask for: `path` is relative to outDir (`site`) or to the font package. */
export interface ServedFile {
  root: 'site' | 'fonts';
  /** Slash-separated, no leading slash; '' is the root folder itself. */
  path: string;
}

// The base path is normalized as everywhere else on the site: one rule, in routes.ts.
export { normalizeBase } from '../../routes/routes.ts';

function contained(root: ServedFile['root'], rest: string): ServedFile | undefined {
  const segments = rest.split('/');
  // Backslashes are separators on Windows, so `..\` inside a segment must not slip through either.
  if (segments.some((segment) => segment === '..' || segment.includes('\\') || segment.includes('\0'))) {
    return undefined;
  }
  return { root, path: segments.filter((segment) => segment && segment !== '.').join('/') };
}

/** Which file a request path (still percent-encoded) asks for; undefined outside the base or folder. */
export function resolveRequestPath(pathname: string, base: string): ServedFile | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  for (const mount of new Set([`/${FONT_MOUNT}`, `${base}${FONT_MOUNT}`])) {
    if (decoded.startsWith(mount)) return contained('fonts', decoded.slice(mount.length));
  }
  return decoded.startsWith(base) ? contained('site', decoded.slice(base.length)) : undefined;
}

/** The URL the renderer opens for a job's source, e.g. `http://127.0.0.1:PORT/training/print/…`. */
export function pageUrl(origin: string, base: string, source: string): string {
  return `${origin}${base}${source.split('/').map(encodeURIComponent).join('/')}`;
}

/** Skipped by the cache key: same-page anchors, inline data and scripted URLs load nothing. */
const NOT_A_FILE = /^(#|data:|javascript:|mailto:|tel:|about:|blob:)/i;

/**
 * The file a reference inside a site file points at, resolved the way the browser would resolve
 * it (relative to that file's URL); undefined for other hosts and for things that are not files.
 */
export function resolveReference(ref: string, fromPath: string, base: string): ServedFile | undefined {
  const trimmed = ref.trim();
  if (!trimmed || NOT_A_FILE.test(trimmed)) return undefined;
  const origin = 'http://site.invalid';
  let url: URL;
  try {
    url = new URL(trimmed, `${origin}${base}${fromPath}`);
  } catch {
    return undefined;
  }
  return url.origin === origin ? resolveRequestPath(url.pathname, base) : undefined;
}

/** An absolute path for a path relative to outDir; throws when the path leaves outDir. */
export function insideOutDir(outDir: string, path: string, what: string): string {
  const absolute = resolve(outDir, path);
  const rel = relative(outDir, absolute);
  if (!rel || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new Error(`${what}「${path}」不在输出目录 ${outDir} 之内`);
  }
  return absolute;
}
