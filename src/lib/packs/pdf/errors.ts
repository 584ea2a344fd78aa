/**
 * Every message the PDF engine shows a person, and the error a failed run ends with. Playwright's
 * own errors are English and long; `describeFailure` turns the common ones into one Chinese line.
 */
import type { PdfJob } from './job.ts';

export const PDF_MESSAGES = {
  missingSource: (source: string) => `找不到页面文件 ${source}（构建没有生成这个打印页面）`,
  httpStatus: (status: number) => `打开页面时服务器返回 HTTP ${status}`,
  missingAssets: (list: string) => `页面引用的文件加载失败：${list}`,
  timeout: (seconds: number) => `页面在 ${seconds} 秒内没有加载完成（可能有资源一直在加载）`,
  jobTimeout: (seconds: number) => `${seconds} 秒内没有完成打印，已中止`,
  network: (code: string) => `无法打开页面（${code}）`,
  closed: '浏览器或标签页意外关闭（可能是内存不足）',
  unknown: (detail: string) => `未知错误：${detail}`,
  launch: (path: string, detail: string) =>
    `无法启动浏览器 ${path}：${detail}\n可以用环境变量 CHROMIUM_PATH 指定另一个 Chromium、Chrome 或 Edge。`,
  failed: (failed: number, total: number) => `生成学习包失败：${total} 个中有 ${failed} 个没有生成。`,
  more: (count: number) => `  ……另有 ${count} 个失败，原因相同或类似`,
} as const;

/** A failure whose message is already meant for people. */
export class JobError extends Error {
  override name = 'JobError';
}

export interface JobFailure {
  job: PdfJob;
  reason: string;
}

/**
 * Thrown by renderPdfs when jobs failed or the browser could not start. The message lists each
 * failed job's source, title and reason; callers print `error.message` alone, without a stack.
 */
export class PdfRenderError extends Error {
  override name = 'PdfRenderError';
  readonly failures: JobFailure[];
  constructor(message: string, failures: JobFailure[] = [], options?: ErrorOptions) {
    super(message, options);
    this.failures = failures;
  }
}

const firstLine = (text: string) => text.split('\n')[0]!.trim();

export function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof JobError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === 'TimeoutError') return PDF_MESSAGES.timeout(timeoutMs / 1000);
  const network = /net::(ERR_[A-Z_]+)/.exec(message);
  if (network) return PDF_MESSAGES.network(network[1]!);
  if (/has been closed|Target crashed|Page crashed/i.test(message)) return PDF_MESSAGES.closed;
  return PDF_MESSAGES.unknown(firstLine(message));
}

/** Shows the first `limit` failures, one per line, like the content checker's report. */
export function formatFailures(failures: JobFailure[], total: number, limit = 20): string {
  const lines = failures
    .slice(0, limit)
    .map(({ job, reason }) => `  ${job.source}（${job.title}）：${reason}`);
  if (failures.length > limit) lines.push(PDF_MESSAGES.more(failures.length - limit));
  return [PDF_MESSAGES.failed(failures.length, total), ...lines].join('\n');
}
