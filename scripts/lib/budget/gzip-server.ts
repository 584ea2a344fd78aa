/**
 * A small static server over a built site that compresses text with gzip and sends the cache
 * headers a real host would (hashed assets immutable, pages revalidated), so page weight is
 * measured as a member's phone receives it. `astro preview` does not compress.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypeFor } from '../../../src/lib/packs/pdf/content-types.ts';
import { normalizeBase } from '../../../src/lib/packs/pdf/url-map.ts';

export interface GzipServer {
  origin: string;
  close(): Promise<void>;
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg)/;

function fileFor(outDir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length)));
  if (relative.startsWith('..') || relative.includes(`${sep}..`)) return undefined;
  const path = join(outDir, relative);
  try {
    const info = statSync(path);
    if (info.isFile()) return path;
    if (info.isDirectory() && statSync(join(path, 'index.html')).isFile()) return join(path, 'index.html');
  } catch {
    // Not there.
  }
  return undefined;
}

function handle(outDir: string, base: string, request: IncomingMessage, response: ServerResponse): void {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const path = fileFor(outDir, base, pathname);
  if (!path) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  const body = readFileSync(path);
  const type = contentTypeFor(path);
  const etag = `"${statSync(path).mtimeMs.toString(36)}-${body.length.toString(36)}"`;
  const headers: Record<string, string> = {
    'content-type': type,
    etag,
    'cache-control': pathname.startsWith(`${base}_astro/`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
  const sent = gzip ? gzipSync(body, { level: 9 }) : body;
  if (gzip) headers['content-encoding'] = 'gzip';
  headers['content-length'] = String(sent.length);
  response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : sent);
}

/** Serves `outDir` under `base` on 127.0.0.1 (a random free port unless `port` is given). */
export async function startGzipServer(outDir: string, base = '/', port = 0): Promise<GzipServer> {
  const normalized = normalizeBase(base);
  const server = createServer((request, response) => handle(outDir, normalized, request, response));
  await new Promise<void>((done, fail) => server.once('error', fail).listen(port, '127.0.0.1', () => done()));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
