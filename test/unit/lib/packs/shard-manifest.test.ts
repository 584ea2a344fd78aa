import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shardProblems, type ShardManifest } from '../../../../src/lib/packs/shard-manifest.ts';

const plan = { hash: 'h1', outputs: ['packs/a.pdf', 'packs/b.pdf', 'packs/c.pdf'] };
const manifest = (index: number, count: number, outputs: string[], hash = 'h1'): ShardManifest => ({
  shard: { index, count },
  plan: hash,
  packs: outputs.map((output) => ({ output, key: `k-${output}`, bytes: 1 })),
});

test('shards that make up the plan exactly merge without complaint', () => {
  assert.deepEqual(
    shardProblems(plan, [manifest(2, 2, ['packs/b.pdf']), manifest(1, 2, ['packs/a.pdf', 'packs/c.pdf'])]),
    [],
  );
});

test('a missing or doubled shard, a stale one, a pack twice or unplanned is refused', () => {
  assert.deepEqual(shardProblems(plan, [manifest(1, 2, ['packs/a.pdf', 'packs/c.pdf'])]), ['缺少分片 2/2']);
  assert.deepEqual(
    shardProblems(plan, [
      manifest(1, 2, ['packs/a.pdf', 'packs/c.pdf']),
      manifest(2, 2, ['packs/b.pdf'], 'old'),
    ]),
    ['分片 2/2 来自另一次构建（打印页面不同），请重新生成'],
  );
  assert.deepEqual(
    shardProblems(plan, [manifest(1, 1, ['packs/a.pdf', 'packs/b.pdf', 'packs/c.pdf']), manifest(1, 1, [])]),
    ['分片 1/1 出现了两次'],
  );
  assert.deepEqual(
    shardProblems(plan, [
      manifest(1, 2, ['packs/a.pdf', 'packs/b.pdf', 'packs/x.pdf']),
      manifest(2, 2, ['packs/b.pdf', 'packs/c.pdf']),
    ]),
    ['packs/b.pdf 由 2 个分片重复生成', 'packs/x.pdf 不在本次构建的学习包计划中'],
  );
  assert.deepEqual(shardProblems(plan, [manifest(1, 1, ['packs/a.pdf'])]), [
    '缺少 packs/b.pdf',
    '缺少 packs/c.pdf',
  ]);
});
