// One shard of `npm run packs`: the packs `assignShards` gives this shard are rendered from the
// built site (PDFs from the pack cache where it has them), then moved out of the site into the
// shard folder with a manifest for the merge step. The site itself is left as it was.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readPackPlan } from '../../src/lib/packs/finish-site.ts';
import type { PackFile } from '../../src/lib/packs/plan.ts';
import { SHARD_MANIFEST, type ShardManifest } from '../../src/lib/packs/shard-manifest.ts';
import { assignShards, printCost, type Shard } from '../../src/lib/packs/shards.ts';
import { renderPdfs } from '../../src/lib/packs/pdf/render-pdfs.ts';
import { sitePaths } from '../../src/lib/routes/routes.ts';

export interface PackRunOptions {
  site: string;
  cacheDir: string;
  base: string;
}

/** sha256 of plan.json: the same for every shard of one build. */
export async function planHash(site: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(join(site, sitePaths.packPlan())))
    .digest('hex');
}

export const toJob = ({ source, output, title, date }: PackFile) => ({ source, output, title, date });

/** The plan's packs that fall to `shard`, in plan order. */
export async function packsOfShard(site: string, shard: Shard): Promise<PackFile[]> {
  const plan = readPackPlan(site);
  const costed = await Promise.all(
    plan.map(async ({ source, output }) => {
      const html = await readFile(join(site, source), 'utf8').catch(() => '');
      return { output, cost: printCost({ bytes: html.length, pageNumbers: html.includes('data-page-of') }) };
    }),
  );
  const assigned = assignShards(costed, shard.count);
  return plan.filter(({ output }) => assigned.get(output) === shard.index);
}

/** rename, or copy and delete when the shard folder is on another file system. */
async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
    await rm(from);
  }
}

export async function renderShard(options: PackRunOptions, shard: Shard, outDir: string) {
  const packs = await packsOfShard(options.site, shard);
  const report = await renderPdfs(packs.map(toJob), {
    outDir: options.site,
    cacheDir: options.cacheDir,
    base: options.base,
    // The other shards' PDFs stay in the cache; the merge prunes it once it knows them all.
    prune: false,
  });
  await rm(outDir, { recursive: true, force: true });
  const manifest: ShardManifest = { shard, plan: await planHash(options.site), packs: [] };
  for (const { output } of packs) {
    await mkdir(dirname(join(outDir, output)), { recursive: true });
    await move(join(options.site, output), join(outDir, output));
    manifest.packs.push({
      output,
      key: report.keys[output]!,
      bytes: (await stat(join(outDir, output))).size,
    });
  }
  await writeFile(join(outDir, SHARD_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return { report, packs: packs.length };
}
