import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import type { BuiltSite } from '../built-site/built-site.ts';
import type { StepLog } from '../built-site/step-failure.ts';
import { sitePaths } from '../routes/routes.ts';
import { createOfflineManifest, isSaveablePage, type OfflineManifest } from './manifest.ts';
import { createServiceWorkerConfig } from './sw-config.ts';

/**
 * Writes `offline-manifest.json`: a revision for each page a member can save and for each image it
 * shows. It needs only the pages, so the build writes it while Pagefind writes its index.
 */
export function writeOfflineManifest(site: BuiltSite, base: string): OfflineManifest {
  const pages = site.pages.filter(isSaveablePage).map((file) => ({ file, html: site.text(file) }));
  const readAsset = (url: string) => site.bytes(decodeURI(url.slice(base.length).split('?')[0]!));
  const manifest = createOfflineManifest(pages, base, readAsset);
  writeFileSync(join(site.dir, sitePaths.offlineManifest()), JSON.stringify(manifest));
  return manifest;
}

/**
 * The service worker (workbox-build), which precaches the site's shell: written last, once the
 * search index and the pack sizes are in place. Offline reading after the first visit; every page
 * registers it (src/browser/offline/offline-register.ts).
 */
export async function writeServiceWorker(
  site: BuiltSite,
  manifest: OfflineManifest,
  log: StepLog,
): Promise<void> {
  const { count, size, warnings } = await generateSW(createServiceWorkerConfig(site.dir));
  for (const warning of warnings) log.warn(warning);
  log.info(
    `离线支持：预缓存 ${count} 个文件（${Math.round(size / 1024)} KB），可保存页面 ${Object.keys(manifest.pages).length} 个。`,
  );
}
