import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignShards, parseShard, printCost } from '../../../../src/lib/packs/shards.ts';

test('--shard takes i/n with 1 ≤ i ≤ n, and nothing else', () => {
  assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
  assert.deepEqual(parseShard(' 1/1 '), { index: 1, count: 1 });
  for (const bad of ['0/4', '5/4', '1/0', '1.5/2', '2', '-1/2', 'a/b'])
    assert.equal(parseShard(bad), undefined, bad);
});

test('a page with a 目录 costs twice: it is printed twice', () => {
  assert.equal(
    printCost({ bytes: 50_000, pageNumbers: true }),
    2 * printCost({ bytes: 50_000, pageNumbers: false }),
  );
});

/** A curriculum-shaped plan: many module packs of similar size, a few heavy path packs and light posters. */
function samplePlan(modules: number, paths: number) {
  const packs = [];
  for (let i = 0; i < modules; i++) {
    for (const edition of ['', '-lecturer']) {
      packs.push({
        output: `packs/modules/m-${i}${edition}.pdf`,
        cost: printCost({ bytes: 30_000 + ((i * 7919) % 40_000), pageNumbers: false }),
      });
    }
  }
  for (let i = 0; i < paths; i++) {
    packs.push({
      output: `packs/paths/p-${i}.pdf`,
      cost: printCost({ bytes: 200_000 + i * 90_000, pageNumbers: true }),
    });
    packs.push({
      output: `packs/paths/p-${i}-poster.pdf`,
      cost: printCost({ bytes: 8_000, pageNumbers: false }),
    });
  }
  return packs;
}

test('every pack lands in exactly one shard, the same one on every machine', () => {
  const plan = samplePlan(300, 9);
  for (const count of [1, 2, 3, 4, 7]) {
    const assigned = assignShards(plan, count);
    assert.equal(assigned.size, plan.length);
    for (const { output } of plan) {
      const shard = assigned.get(output)!;
      assert.ok(shard >= 1 && shard <= count, `${output} → ${shard}`);
    }
    // Another machine sees the plan in another order and must still agree.
    assert.deepEqual(assignShards([...plan].reverse(), count), assigned);
  }
});

test('shards are balanced by expected cost: none exceeds the average by more than one pack', () => {
  const plan = samplePlan(300, 9);
  const total = plan.reduce((sum, { cost }) => sum + cost, 0);
  const heaviest = Math.max(...plan.map(({ cost }) => cost));
  for (const count of [2, 4, 8]) {
    const assigned = assignShards(plan, count);
    const loads = Array.from({ length: count }, () => 0);
    for (const { output, cost } of plan) loads[assigned.get(output)! - 1]! += cost;
    for (const load of loads) assert.ok(load <= total / count + heaviest, `${load} vs ${total / count}`);
    // In practice far tighter: within 2 % of the average for a curriculum of 600 packs.
    assert.ok(Math.max(...loads) / (total / count) < 1.02, loads.join(' '));
  }
});

test('more shards than packs leave some shards empty, none doubled', () => {
  const assigned = assignShards(
    [
      { output: 'a.pdf', cost: 1 },
      { output: 'b.pdf', cost: 1 },
    ],
    4,
  );
  assert.deepEqual([...assigned.values()].sort(), [1, 2]);
});
