import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

/** Where the precache list goes in the bundled worker, as workbox's injectManifest names it. */
export const MANIFEST_PLACEHOLDER = 'self.__WB_MANIFEST';

const WORKER_SOURCE = fileURLToPath(new URL('../../browser/offline/service-worker.ts', import.meta.url));

/**
 * The service worker as one classic script: src/browser/offline/service-worker.ts with the workbox
 * modules it imports, minified, with production logging (none). Rolldown, the bundler Astro's Vite
 * already uses, does this in about 0.1 s; workbox-build's generateSW bundled the same runtime with
 * Rollup, Babel and Terser in 2–3 s of every build (docs/performance.md).
 */
export async function bundleServiceWorker(): Promise<string> {
  const bundle = await rolldown({
    input: WORKER_SOURCE,
    platform: 'browser',
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/** The bundled worker with its precache list written in; the placeholder must stand there once. */
export function withPrecacheList(worker: string, entries: readonly object[]): string {
  const at = worker.indexOf(MANIFEST_PLACEHOLDER);
  if (at < 0 || worker.indexOf(MANIFEST_PLACEHOLDER, at + 1) >= 0) {
    throw new Error(`service worker bundle must contain ${MANIFEST_PLACEHOLDER} exactly once`);
  }
  return worker.slice(0, at) + JSON.stringify(entries) + worker.slice(at + MANIFEST_PLACEHOLDER.length);
}
