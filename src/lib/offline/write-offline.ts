import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Only the manifest step: workbox-build's index also loads Rollup and Babel (about 0.6 s).
import { getManifest } from 'workbox-build/build/get-manifest.js';
import type { BuiltSite } from '../built-site/built-site.ts';
import type { StepLog } from '../built-site/step-failure.ts';
import { sitePaths } from '../routes/routes.ts';
import { createOfflineManifest, isSaveablePage, type OfflineManifest } from './manifest.ts';
import { assetRefs, reachable, scriptRefs } from './shell-assets.ts';
import { bundleServiceWorker, withPrecacheList } from './bundle-worker.ts';
import { shellManifestOptions } from './sw-config.ts';

/**
 * Writes `offline-manifest.json`: a revision for each page a member can save and for each image it
 * shows. It needs only the pages, so the build writes it while Pagefind writes its index.
 */
export function writeOfflineManifest(site: BuiltSite, base: string): OfflineManifest {
  // One page at a time: at 2,000 modules holding every page's HTML at once added 180 MB to the
  // build's peak, which this step reaches while Pagefind's process writes beside it.
  const pages = (function* () {
    for (const file of site.pages.filter(isSaveablePage)) yield { file, html: site.text(file) };
  })();
  const readAsset = (url: string) => site.bytes(decodeURI(url.slice(base.length).split('?')[0]!));
  const manifest = createOfflineManifest(pages, base, readAsset);
  writeFileSync(join(site.dir, sitePaths.offlineManifest()), JSON.stringify(manifest));
  return manifest;
}

/**
 * The scripts and styles the pages a member reads can load (shell-assets.ts): every page except
 * the branch secretary's ledger under `branch/`.
 */
export function memberShell(site: BuiltSite, base: string): Set<string> {
  // The organizers' rollup (`rollup/`) is kept out the same way as the secretaries' ledger.
  const toolRoots = [sitePaths.branch(), sitePaths.rollup()];
  const entries = site.pages
    .filter((file) => !toolRoots.some((root) => file.startsWith(root)))
    .flatMap((file) => assetRefs(site.text(file), base));
  const files = new Set(site.files);
  return reachable(entries, (file) => (files.has(file) ? scriptRefs(site.text(file)) : []));
}

/** What the ledger page stores on a secretary's first visit to work offline (src/browser/offline/keep-tool-offline.ts). */
export interface LedgerOfflineList {
  /** The ledger's pages, stored in the page cache. */
  pages: string[];
  /** Its data and the scripts and styles only it loads (the lazy ones too), in the asset cache. */
  files: string[];
}

/**
 * Writes `branch/offline.json`. The ledger's files stay out of every member's first visit, and a
 * page cannot cache what it loaded before the service worker controlled it, so the secretary's
 * first visit stores this list itself once the worker is in charge.
 */
export function writeLedgerOfflineList(
  site: BuiltSite,
  base: string,
  shell: ReadonlySet<string>,
): LedgerOfflineList {
  return writeToolOfflineList(site, base, shell, {
    root: sitePaths.branch(),
    data: sitePaths.branchData(),
    list: sitePaths.branchOffline(),
  });
}

/** The same for the rollup page (`rollup/offline.json`, read by src/browser/offline/keep-tool-offline.ts). */
export function writeRollupOfflineList(
  site: BuiltSite,
  base: string,
  shell: ReadonlySet<string>,
): LedgerOfflineList {
  return writeToolOfflineList(site, base, shell, {
    root: sitePaths.rollup(),
    data: sitePaths.rollupData(),
    list: sitePaths.rollupOffline(),
  });
}

function writeToolOfflineList(
  site: BuiltSite,
  base: string,
  shell: ReadonlySet<string>,
  paths: { root: string; data: string; list: string },
): LedgerOfflineList {
  const { root } = paths;
  const pages = site.pages.filter((file) => file.startsWith(root));
  const files = new Set(site.files);
  const loaded = reachable(
    pages.flatMap((file) => assetRefs(site.text(file), base)),
    (file) => (files.has(file) ? scriptRefs(site.text(file)) : []),
  );
  const list: LedgerOfflineList = {
    pages: pages.map((file) => `${base}${file.replace(/index\.html$/, '')}`),
    files: [
      `${base}${paths.data}`,
      ...[...loaded]
        .filter((file) => files.has(file) && !shell.has(file))
        .sort()
        .map((file) => `${base}${file}`),
    ],
  };
  writeFileSync(join(site.dir, paths.list), JSON.stringify(list));
  return list;
}

/**
 * The service worker (src/browser/offline/service-worker.ts), which precaches the site's shell:
 * written once the pages are final (CSP, pack sizes), since it precaches the offline page. Offline
 * reading after the first visit; every page registers it (src/browser/offline/offline-register.ts).
 */
export async function writeServiceWorker(
  site: BuiltSite,
  manifest: OfflineManifest,
  base: string,
  log: StepLog,
): Promise<void> {
  // Scripts only the ledger loads stay out: the secretary's browser caches them as it uses them.
  const shell = memberShell(site, base);
  const ledger = writeLedgerOfflineList(site, base, shell);
  const rollup = writeRollupOfflineList(site, base, shell);
  const [worker, { manifestEntries, count, size, warnings }] = await Promise.all([
    bundleServiceWorker(),
    getManifest({
      ...shellManifestOptions(site.dir),
      manifestTransforms: [
        async (entries) => ({
          manifest: entries.filter(({ url }) => shell.has(url) || !url.startsWith('_astro/')),
          warnings: [],
        }),
      ],
    }),
  ]);
  writeFileSync(join(site.dir, sitePaths.serviceWorker()), withPrecacheList(worker, manifestEntries ?? []));
  for (const warning of warnings) log.warn(warning);
  log.info(
    `离线支持：预缓存 ${count} 个文件（${Math.round(size / 1024)} KB），可保存页面 ${Object.keys(manifest.pages).length} 个；` +
      `支部学习台账首次打开时另存 ${ledger.pages.length + ledger.files.length} 个文件，` +
      `组织部汇总另存 ${rollup.pages.length + rollup.files.length} 个文件。`,
  );
}
