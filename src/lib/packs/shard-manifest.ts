/**
 * What one shard of `npm run packs -- --shard i/n` hands to the merge step, and the merge's check
 * that the shards it got add up to exactly one build: the same plan, every shard once, every pack
 * once. A shard from another commit's build (a stale CI artifact) would otherwise slip in PDFs
 * of old content.
 */
import type { Shard } from './shards.ts';
import { formatShard } from './shards.ts';

export const SHARD_MANIFEST = 'shard.json';

export interface ShardManifest {
  shard: Shard;
  /** sha256 of the build's plan.json: shards of one build carry the same. */
  plan: string;
  /** The PDFs of this shard, under the shard folder at `output`; `key` names it in the pack cache. */
  packs: { output: string; key: string; bytes: number }[];
}

/** Every reason the shards do not make up the plan, in Chinese; empty when they do. */
export function shardProblems(
  plan: { hash: string; outputs: readonly string[] },
  manifests: readonly ShardManifest[],
): string[] {
  const problems: string[] = [];
  const count = manifests[0]?.shard.count ?? 0;
  const seenShards = new Set<number>();
  for (const { shard, plan: hash } of manifests) {
    if (hash !== plan.hash)
      problems.push(`分片 ${formatShard(shard)} 来自另一次构建（打印页面不同），请重新生成`);
    if (shard.count !== count) problems.push(`分片 ${formatShard(shard)} 与其他分片的总数 ${count} 不一致`);
    if (seenShards.has(shard.index)) problems.push(`分片 ${formatShard(shard)} 出现了两次`);
    seenShards.add(shard.index);
  }
  for (let index = 1; index <= count; index++) {
    if (!seenShards.has(index)) problems.push(`缺少分片 ${index}/${count}`);
  }
  const planned = new Set(plan.outputs);
  const delivered = new Map<string, number>();
  for (const { packs } of manifests) {
    for (const { output } of packs) delivered.set(output, (delivered.get(output) ?? 0) + 1);
  }
  for (const [output, times] of delivered) {
    if (!planned.has(output)) problems.push(`${output} 不在本次构建的学习包计划中`);
    else if (times > 1) problems.push(`${output} 由 ${times} 个分片重复生成`);
  }
  // Missing packs are only worth listing when every shard is there; otherwise the missing shard says it.
  if (problems.length === 0) {
    for (const output of plan.outputs) if (!delivered.has(output)) problems.push(`缺少 ${output}`);
  }
  return problems;
}
