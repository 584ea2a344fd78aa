// The merge step of `npm run packs`: checks that the shard folders make up exactly this build's
// plan, copies their PDFs into the site and into the pack cache (so the next run, on any machine
// that restores the cache, reuses them), prunes the cache to this build's PDFs, and finishes the
// site as a normal build does: sizes on the pages, print/ removed.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { BuiltSite } from '../../src/lib/built-site/built-site.ts';
import { finishSite, readPackPlan } from '../../src/lib/packs/finish-site.ts';
import { SHARD_MANIFEST, shardProblems, type ShardManifest } from '../../src/lib/packs/shard-manifest.ts';
import { cachedPdfPath, copyAtomically, pruneCache } from '../../src/lib/packs/pdf/pdf-cache.ts';
import { planHash, type PackRunOptions } from './packs-shard.ts';

export class MergeError extends Error {
  override name = 'MergeError';
}

async function readManifest(dir: string): Promise<ShardManifest> {
  try {
    return JSON.parse(await readFile(join(dir, SHARD_MANIFEST), 'utf8')) as ShardManifest;
  } catch {
    throw new MergeError(`${dir} 不是学习包分片目录（没有可读的 ${SHARD_MANIFEST}）`);
  }
}

export async function mergeShards(options: Omit<PackRunOptions, 'base'>, dirs: readonly string[]) {
  const manifests = await Promise.all(dirs.map(readManifest));
  const plan = readPackPlan(options.site);
  const problems = shardProblems(
    { hash: await planHash(options.site), outputs: plan.map(({ output }) => output) },
    manifests,
  );
  if (problems.length > 0)
    throw new MergeError(['学习包分片无法合并：', ...problems.map((p) => `  ${p}`)].join('\n'));
  await mkdir(options.cacheDir, { recursive: true });
  const sizes: Record<string, number> = {};
  const keys = new Set<string>();
  for (const [i, { packs }] of manifests.entries()) {
    for (const { output, key, bytes } of packs) {
      const from = join(dirs[i]!, output);
      await mkdir(dirname(join(options.site, output)), { recursive: true });
      await copyFile(from, join(options.site, output));
      if (!existsSync(cachedPdfPath(options.cacheDir, key))) {
        await copyAtomically(from, cachedPdfPath(options.cacheDir, key));
      }
      sizes[output] = bytes;
      keys.add(key);
    }
  }
  await pruneCache(options.cacheDir, keys);
  finishSite(new BuiltSite(options.site), sizes);
  return { packs: plan.length, shards: manifests.length };
}
