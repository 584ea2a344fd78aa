import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createProgress,
  formatProgressBar,
  formatProgressLine,
  formatRate,
  formatSummary,
} from '../../../../../src/lib/packs/pdf/progress.ts';

test('the bar shows the share done, the count and the rate', () => {
  assert.equal(
    formatProgressBar({ done: 12, total: 80, elapsedMs: 3530 }, 10),
    '生成学习包 [##--------] 12/80  3.4 个/秒',
  );
  assert.equal(
    formatProgressBar({ done: 40, total: 80, elapsedMs: 10_000 }, 10),
    '生成学习包 [#####-----] 40/80  4.0 个/秒',
  );
  assert.equal(
    formatProgressBar({ done: 80, total: 80, elapsedMs: 20_000 }),
    `生成学习包 [${'#'.repeat(20)}] 80/80  4.0 个/秒`,
  );
  assert.equal(
    formatProgressBar({ done: 0, total: 80, elapsedMs: 0 }, 4),
    '生成学习包 [----] 0/80  0.0 个/秒',
  );
});

test('rates keep one decimal and survive a zero duration', () => {
  assert.equal(formatRate(1, 2500), '0.4');
  assert.equal(formatRate(60, 5000), '12.0');
  assert.equal(formatRate(5, 0), '0.0');
});

test('plain lines and the summary read as Chinese sentences', () => {
  assert.equal(formatProgressLine({ done: 20, total: 80, elapsedMs: 5000 }), '生成学习包 20/80（4.0 个/秒）');
  assert.equal(
    formatSummary({ rendered: 3, fromCache: 77, ms: 4210 }),
    '学习包已生成 80 个：新生成 3 个，缓存复用 77 个，用时 4.2 秒（19.0 个/秒）',
  );
});

test('without a terminal, a plain line every 10 jobs and none for the last', () => {
  const lines: string[] = [];
  let clock = 0;
  const progress = createProgress({ total: 25, log: (line) => lines.push(line), now: () => clock });
  for (let i = 0; i < 25; i++) {
    clock += 500;
    progress.tick();
  }
  progress.finish();
  assert.deepEqual(lines, ['生成学习包 10/25（2.0 个/秒）', '生成学习包 20/25（2.0 个/秒）']);
});

test('on a terminal, the bar is redrawn in place and its line ended once', () => {
  const written: string[] = [];
  const lines: string[] = [];
  let clock = 0;
  const progress = createProgress({
    total: 2,
    log: (line) => lines.push(line),
    terminal: { write: (text) => written.push(text) },
    now: () => clock,
  });
  clock = 1000;
  progress.tick();
  clock = 2000;
  progress.tick();
  progress.finish();
  assert.deepEqual(written, [
    `\r生成学习包 [${'#'.repeat(10)}${'-'.repeat(10)}] 1/2  1.0 个/秒\x1b[K`,
    `\r生成学习包 [${'#'.repeat(20)}] 2/2  1.0 个/秒\x1b[K`,
    '\n',
  ]);
  assert.deepEqual(lines, []);
});
