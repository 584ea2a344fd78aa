import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPool } from '../../../../../src/lib/packs/pdf/pool.ts';

/** A task whose completion the test decides, so order is controlled without timers. */
function controlled() {
  const running = new Map<number, () => void>();
  let active = 0;
  let maxActive = 0;
  const lanesBusy = new Set<number>();
  const task = (item: string, index: number, lane: number) => {
    assert.ok(!lanesBusy.has(lane), `lane ${lane} ran two tasks at once`);
    lanesBusy.add(lane);
    active++;
    maxActive = Math.max(maxActive, active);
    return new Promise<string>((resolve, reject) => {
      running.set(index, () => {
        active--;
        lanesBusy.delete(lane);
        if (item.startsWith('坏')) reject(new Error(`${item} 失败`));
        else resolve(`${item}.pdf`);
      });
    });
  };
  /** Lets microtasks run so the pool can start its next task. */
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  return { running, task, settle, maxActive: () => maxActive };
}

test('never runs more than `concurrency` tasks, and keeps results in input order', async () => {
  const items = ['甲', '乙', '丙', '丁', '戊', '己', '庚'];
  const c = controlled();
  const done = runPool(items, 3, c.task);
  await c.settle();
  // Finish the newest task first each time, so completion order is the reverse of start order.
  while (c.running.size > 0) {
    const newest = Math.max(...c.running.keys());
    const finish = c.running.get(newest)!;
    c.running.delete(newest);
    finish();
    await c.settle();
  }
  const results = await done;
  assert.equal(c.maxActive(), 3);
  assert.deepEqual(
    results.map((r) => (r.ok ? r.value : r.error)),
    items.map((item) => `${item}.pdf`),
  );
});

test('a failure is recorded in place and the other tasks still run', async () => {
  const c = controlled();
  const done = runPool(['甲', '坏乙', '丙'], 2, c.task);
  for (let i = 0; i < 3; i++) {
    await c.settle();
    const [index, finish] = [...c.running.entries()][0]!;
    c.running.delete(index);
    finish();
  }
  const results = await done;
  assert.deepEqual(
    results.map((r) => r.ok),
    [true, false, true],
  );
  assert.match(String((results[1] as { error: Error }).error.message), /坏乙 失败/);
});

test('lanes are numbered below the concurrency, and never more lanes than items', async () => {
  const lanes: number[] = [];
  await runPool(['甲', '乙', '丙', '丁'], 2, async (_, __, lane) => lanes.push(lane));
  assert.ok(lanes.every((lane) => lane === 0 || lane === 1));
  const single: number[] = [];
  await runPool(['甲'], 8, async (_, __, lane) => single.push(lane));
  assert.deepEqual(single, [0]);
});

test('a concurrency below one still runs everything, one at a time', async () => {
  for (const concurrency of [0, -1, Number.NaN]) {
    const c = controlled();
    const done = runPool(['甲', '乙'], concurrency, c.task);
    for (let i = 0; i < 2; i++) {
      await c.settle();
      assert.equal(c.running.size, 1);
      const [index, finish] = [...c.running.entries()][0]!;
      c.running.delete(index);
      finish();
    }
    assert.equal((await done).length, 2);
  }
});

test('no items, no tasks', async () => {
  assert.deepEqual(await runPool([], 2, async () => assert.fail('ran a task')), []);
});
