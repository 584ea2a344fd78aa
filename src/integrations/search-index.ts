import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * What `npm run build` (scripts/build.ts) sets for Astro: it indexes the site with `indexSite`
 * once Astro has exited, so the build never holds Astro's memory and Pagefind's at once.
 */
export const INDEX_AFTER_BUILD = { CURRICULUM_SEARCH_INDEX: 'after-build' } as const;

/**
 * Starlight runs Pagefind in its `astro:build:done` hook, inside the Astro process. By then that
 * process holds everything the build allocated (2.3 GB at 2,000 modules, of which 0.35 GB is live
 * JavaScript: the rest is the bundler's and V8's retained memory), and Pagefind adds 1.4 GB on
 * top. When `npm run build` will index afterwards, this leaves Starlight's hook out; a bare
 * `astro build` still indexes as Starlight does. Starlight's search box and page markup stay
 * as they are: only where the indexer runs changes.
 */
/** Whether this Astro run leaves indexing (and what needs the index) to `npm run build`. */
export function indexesAfterBuild(): boolean {
  return process.env.CURRICULUM_SEARCH_INDEX === INDEX_AFTER_BUILD.CURRICULUM_SEARCH_INDEX;
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'curriculum-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!indexesAfterBuild()) return;
        const starlight = config.integrations.find(({ name }) => name === '@astrojs/starlight');
        // Starlight's build:done hook does one thing: run Pagefind (see its dist/index.js).
        if (starlight?.hooks['astro:build:done']) delete starlight.hooks['astro:build:done'];
      },
    },
  };
}

/** Indexes the built site in `outDir` exactly as Starlight does: every page, into `pagefind/`. */
export async function indexSite(outDir: string, log: Pick<AstroIntegrationLogger, 'info'>): Promise<void> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
    log.info(
      `搜索索引已生成：${added.page_count} 个页面，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。`,
    );
  } finally {
    await pagefind.close();
  }
}
