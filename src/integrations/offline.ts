import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { OFFLINE_MANIFEST_FILE } from '../lib/offline/cache-names.ts';
import { createOfflineManifest, isSaveablePage, type OfflineManifest } from '../lib/offline/manifest.ts';
import { createServiceWorkerConfig } from '../lib/offline/sw-config.ts';

/**
 * Offline reading after the first visit. Every page registers a service worker
 * (src/scripts/offline-register.ts). After the build this writes the offline manifest (a
 * revision per module and path page) and generates the worker with workbox-build. It must be
 * listed after starlight(): Astro runs `astro:build:done` in config order, and the worker
 * precaches Pagefind's loader, which Starlight writes in its own hook.
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
        const outDir = fileURLToPath(dir);
        const manifest = writeOfflineManifest(outDir, base);
        const { count, size, warnings } = await generateSW(createServiceWorkerConfig(outDir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(
          `离线支持：预缓存 ${count} 个文件（${Math.round(size / 1024)} KB），可保存页面 ${Object.keys(manifest.pages).length} 个。`,
        );
      },
    },
  };
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
  writeFileSync(join(outDir, OFFLINE_MANIFEST_FILE), JSON.stringify(manifest));
  return manifest;
}
