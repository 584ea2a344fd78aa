import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { createOfflineManifest, isSaveablePage, type OfflineManifest } from '../lib/offline/manifest.ts';
import { createServiceWorkerConfig } from '../lib/offline/sw-config.ts';
import { sitePaths } from '../lib/routes.ts';
import { indexesAfterBuild } from './search-index.ts';

/**
 * Offline reading after the first visit. Every page registers a service worker
 * (src/scripts/offline-register.ts). After the build this writes the offline manifest (a
 * revision per module and path page) and generates the worker with workbox-build. The worker
 * precaches Pagefind's loader, so it is written after the search index: here, listed after
 * starlight() (Astro runs `astro:build:done` in config order), for a bare `astro build`; by
 * scripts/build.ts after it indexes, for `npm run build` (see search-index.ts).
 */
export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'curriculum-offline',
    hooks: {
      'astro:config:setup': ({ command, injectScript }) => {
        // In dev a worker would cache pages mid-edit; only built sites register one.
        if (command === 'build') injectScript('page', `import '/src/scripts/offline-register.ts';`);
      },
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (indexesAfterBuild()) return;
        await writeOfflineSupport(fileURLToPath(dir), base, logger);
      },
    },
  };
}

/** The offline manifest and the service worker for a built site whose search index exists. */
export async function writeOfflineSupport(
  outDir: string,
  base: string,
  logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>,
): Promise<void> {
  await writeServiceWorker(outDir, writeOfflineManifest(outDir, base), logger);
}

/**
 * The service worker, which precaches Pagefind's loader: written once the search index exists.
 * The manifest it reports on (`writeOfflineManifest`) needs only the pages, so `npm run build`
 * writes that while Pagefind writes its index.
 */
export async function writeServiceWorker(
  outDir: string,
  manifest: OfflineManifest,
  logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>,
): Promise<void> {
  const { count, size, warnings } = await generateSW(createServiceWorkerConfig(outDir));
  for (const warning of warnings) logger.warn(warning);
  logger.info(
    `离线支持：预缓存 ${count} 个文件（${Math.round(size / 1024)} KB），可保存页面 ${Object.keys(manifest.pages).length} 个。`,
  );
}

/** Writes `offline-manifest.json` from the built pages; exported so tests can simulate a rebuild. */
export function writeOfflineManifest(outDir: string, base: string): OfflineManifest {
  const files = readdirSync(outDir, { recursive: true }).map((file) => String(file).split('\\').join('/'));
  const pages = files
    .filter(isSaveablePage)
    .map((file) => ({ file, html: readFileSync(join(outDir, file), 'utf8') }));
  const readAsset = (url: string) => {
    try {
      return readFileSync(join(outDir, decodeURI(url.slice(base.length).split('?')[0]!)));
    } catch {
      return undefined;
    }
  };
  const manifest = createOfflineManifest(pages, base, readAsset);
  writeFileSync(join(outDir, sitePaths.offlineManifest()), JSON.stringify(manifest));
  return manifest;
}
