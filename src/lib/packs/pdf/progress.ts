/**
 * Progress of a run: a one-line bar redrawn in place on a terminal, plain lines every few jobs in
 * CI logs (where a redrawn line turns into thousands of lines), and one summary line at the end.
 */

/** One decimal, so a slow run still shows movement: '0.4', '12.0'. */
export const formatRate = (count: number, ms: number) => (ms > 0 ? (count * 1000) / ms : 0).toFixed(1);

export interface ProgressState {
  done: number;
  total: number;
  elapsedMs: number;
}

/** `生成学习包 [#####---------------] 12/80  3.4 个/秒` */
export function formatProgressBar({ done, total, elapsedMs }: ProgressState, width = 20): string {
  const filled = total > 0 ? Math.round((done / total) * width) : width;
  const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
  return `生成学习包 [${bar}] ${done}/${total}  ${formatRate(done, elapsedMs)} 个/秒`;
}

/** `生成学习包 20/80（3.4 个/秒）` */
export function formatProgressLine({ done, total, elapsedMs }: ProgressState): string {
  return `生成学习包 ${done}/${total}（${formatRate(done, elapsedMs)} 个/秒）`;
}

export interface SummaryFigures {
  rendered: number;
  fromCache: number;
  ms: number;
}

/** `学习包已生成 80 个：新生成 3 个，缓存复用 77 个，用时 4.2 秒（19.0 个/秒）` */
export function formatSummary({ rendered, fromCache, ms }: SummaryFigures): string {
  const total = rendered + fromCache;
  return (
    `学习包已生成 ${total} 个：新生成 ${rendered} 个，缓存复用 ${fromCache} 个，` +
    `用时 ${(ms / 1000).toFixed(1)} 秒（${formatRate(total, ms)} 个/秒）`
  );
}

export interface ProgressOptions {
  total: number;
  /** Receives plain lines (no terminal). */
  log: (line: string) => void;
  /** A terminal to redraw the bar on; without it, plain lines go to `log`. */
  terminal?: { write(text: string): unknown } | undefined;
  /** A plain line after every this many jobs. */
  every?: number;
  now?: () => number;
}

export interface Progress {
  /** One more job finished (rendered, copied from the cache, or failed). */
  tick(): void;
  /** Ends the bar's line so later output starts on a fresh one. */
  finish(): void;
}

export function createProgress({
  total,
  log,
  terminal,
  every = 10,
  now = Date.now,
}: ProgressOptions): Progress {
  const start = now();
  let done = 0;
  const state = () => ({ done, total, elapsedMs: now() - start });
  return {
    tick() {
      done++;
      // \r returns to the line start and \x1b[K clears what a longer previous line left behind.
      if (terminal) terminal.write(`\r${formatProgressBar(state())}\x1b[K`);
      else if (done % every === 0 && done < total) log(formatProgressLine(state()));
    },
    finish() {
      if (terminal && done > 0) terminal.write('\n');
    },
  };
}
