// CPU time of this process and its descendants (the browser and its renderer processes), sampled
// from /proc while a run goes on: each process's own user + system time, the last value seen, so a
// process that ends between samples loses at most one interval and none is counted twice. On a
// machine shared with other work the wall-clock rate says more about the neighbours than about
// the engine; CPU seconds per PDF do not.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { descendantsOf } from './bench-measure.ts';

/** The throughput target of issue 12: PDFs per second on a 2-core runner. */
export const TARGET_PDFS_PER_SECOND = 5;
const TARGET_CORES = 2;
const CLOCK_TICKS = 100;

function ownTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, fields 14 and 15 of proc(5), counted from the state field (3).
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Starts sampling; `stop()` returns the CPU seconds the tree used since the start (0 without /proc). */
export function sampleTreeCpu(intervalMs = 100): { stop(): number } {
  const last = new Map<number, number>();
  const baseline = new Map<number, number>();
  const sample = () => {
    for (const pid of [process.pid, ...descendantsOf(process.pid)]) {
      const ticks = ownTicks(pid);
      if (!last.has(pid)) baseline.set(pid, pid === process.pid ? ticks : 0);
      last.set(pid, Math.max(last.get(pid) ?? 0, ticks));
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      let ticks = 0;
      for (const [pid, value] of last) ticks += value - (baseline.get(pid) ?? 0);
      return ticks / CLOCK_TICKS;
    },
  };
}

/** `  目标 ≥ 5 个/秒（2 核）：实测 3.8 个/秒；按 CPU 时间 0.21 秒/个，2 核满载可达 9.5 个/秒 ✓` */
export function formatThroughput({
  pdfs,
  wallMs,
  cpuSeconds: cpu,
}: {
  pdfs: number;
  wallMs: number;
  cpuSeconds: number;
}) {
  const measured = pdfs / (wallMs / 1000);
  const cores = Math.min(TARGET_CORES, availableParallelism());
  const byCpu = cpu > 0 ? (pdfs * cores) / cpu : undefined;
  const verdict = (rate: number) => (rate >= TARGET_PDFS_PER_SECOND ? '达标' : '未达标');
  const parts = [`实测 ${measured.toFixed(1)} 个/秒（${verdict(measured)}）`];
  if (byCpu !== undefined) {
    parts.push(
      `CPU ${(cpu / pdfs).toFixed(2)} 秒/个，${cores} 核无其他负载时约 ${byCpu.toFixed(1)} 个/秒（${verdict(byCpu)}）`,
    );
  }
  return `  目标 ≥ ${TARGET_PDFS_PER_SECOND} 个/秒（${TARGET_CORES} 核）：${parts.join('；')}`;
}
