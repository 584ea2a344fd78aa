/**
 * A tiny static HTTP server over outDir for the renderer: print pages use absolute site paths
 * (/_astro/x.css, or /training/_astro/x.css under a base), which file:// URLs cannot resolve. It
 * also serves the CJK web font from its npm package, so that font never enters the site's output.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { contentTypeFor } from './content-types.ts';
import { resolveRequestPath } from './url-map.ts';

export interface StaticServerOptions {
  outDir: string;
  /** Normalized base, e.g. '/' or '/training/'. */
  base: string;
  /** Folder of @fontsource/noto-serif-sc, served under FONT_MOUNT. */
  fontDir: string;
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  close(): Promise<void>;
}

async function fileFor(absolute: string): Promise<{ path: string; size: number } | undefined> {
  try {
    const info = await stat(absolute);
    if (info.isFile()) return { path: absolute, size: info.size };
    if (!info.isDirectory()) return undefined;
    const index = await stat(join(absolute, 'index.html'));
    return index.isFile() ? { path: join(absolute, 'index.html'), size: index.size } : undefined;
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
}

async function handle(options: StaticServerOptions, request: IncomingMessage, response: ServerResponse) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'GET only');
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
  const wanted = resolveRequestPath(pathname, options.base);
  const root = wanted?.root === 'fonts' ? options.fontDir : options.outDir;
  const file = wanted && (await fileFor(join(root, wanted.path)));
  if (!file) return send(response, 404, `not found: ${pathname}`);
  response.writeHead(200, {
    'content-type': contentTypeFor(file.path),
    'content-length': file.size,
    // Nothing changes during a run, and tabs share one browser cache: stylesheets and the font
    // subsets are then fetched once per run instead of once per page.
    'cache-control': 'max-age=3600',
  });
  if (request.method === 'HEAD') return response.end();
  createReadStream(file.path)
    .on('error', () => response.destroy())
    .pipe(response);
}

/** Listens on 127.0.0.1 at a random free port; nothing outside this machine can reach it. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const server = createServer((request, response) => {
    handle(options, request, response).catch(() => response.destroy());
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail).listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        // Chromium keeps idle connections open; without this, close() would wait for them to time out.
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
