/**
 * Checks a job list before anything is rendered: every path stays inside outDir, outputs are PDFs,
 * and no two jobs write the same file (the second would silently overwrite the first).
 */
import { PdfRenderError } from './errors.ts';
import type { PdfJob } from './job.ts';
import { insideOutDir } from './url-map.ts';

export interface PlannedJob {
  job: PdfJob;
  /** Position in the caller's list, so failures are reported in that order. */
  index: number;
  sourcePath: string;
  outputPath: string;
}

export function planJobs(jobs: readonly PdfJob[], outDir: string): PlannedJob[] {
  const problems: string[] = [];
  const byOutput = new Map<string, PdfJob>();
  const planned: PlannedJob[] = [];
  for (const [index, job] of jobs.entries()) {
    try {
      const sourcePath = insideOutDir(outDir, job.source, '页面');
      const outputPath = insideOutDir(outDir, job.output, '输出文件');
      if (!job.output.toLowerCase().endsWith('.pdf'))
        throw new Error(`输出文件「${job.output}」应以 .pdf 结尾`);
      const earlier = byOutput.get(outputPath);
      if (earlier) throw new Error(`「${earlier.title}」和「${job.title}」都要写入 ${job.output}`);
      byOutput.set(outputPath, job);
      planned.push({ job, index, sourcePath, outputPath });
    } catch (error) {
      problems.push(`  ${job.source}（${job.title}）：${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new PdfRenderError(['学习包任务列表有误：', ...problems].join('\n'));
  return planned;
}
