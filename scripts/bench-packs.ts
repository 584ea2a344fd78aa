// `npm run bench:packs -- [count] [--concurrency 2,3]`: measures the study-pack PDF engine on
// `count` (default 60) synthetic A4 print pages of about 3,000 Chinese characters, with the browser
// a fresh machine gets (the npm-shipped Chromium, unless CHROMIUM_PATH names another). For each
// concurrency: a cold run (empty cache), a run with nothing changed, and a rebuild after editing
// one page. The cold rate is printed against the target (≥ 5 PDFs/s on 2 cores), as measured and
// as the CPU time allows (the machine may be shared). Works in .bench/packs-engine/, removed afterwards.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { locateBrowser } from '../src/lib/packs/pdf/browser/locate-browser.ts';
import { browserVersion } from '../src/lib/packs/pdf/browser/browser-version.ts';
import { formatThroughput, sampleTreeCpu } from './lib/bench-cpu.ts';
import { renderPdfs, type PdfJob, type RenderReport } from '../src/lib/packs/pdf/render-pdfs.ts';
import { sitePaths } from '../src/lib/routes/routes.ts';
import { fill, type BodyContext } from './lib/synthetic-body.ts';
import { createRandom, type Random } from './lib/prng.ts';
import * as bank from './lib/synthetic-phrases.ts';
import { parseCliArgs } from './lib/cli-args.ts';

const USAGE = `用法：npm run bench:packs -- [页数，默认 60] [--concurrency 1,2] [--incremental 模块数]
  用模拟的 A4 打印页测量学习包 PDF 的生成速度（冷启动、无改动、改动一页后），对照目标每秒 5 个 PDF；
  在 .bench/packs-engine/ 中进行，结束后删除。CHROMIUM_PATH 可指定浏览器，默认用 npm 包里的 Chromium。
  --concurrency  同时生成的 PDF 数，多个用逗号分隔（默认 3）
  --incremental  改为测量整站构建：N 个模块，改动一个模块后重建与冷构建相比`;
const { values, positionals } = parseCliArgs(
  {
    allowPositionals: true,
    options: { concurrency: { type: 'string', default: '3' }, incremental: { type: 'string' } },
  },
  USAGE,
);
process.env.CHROMIUM_PATH ??= 'bundled';
if (values.incremental !== undefined) {
  const { formatIncremental, measureIncremental } = await import('./lib/bench-incremental.ts');
  console.log(formatIncremental(await measureIncremental(process.cwd(), Number(values.incremental))));
  process.exit(0);
}
const count = Number(positionals[0] ?? 60);
const concurrencies = values.concurrency.split(',').map(Number);
if (!Number.isInteger(count) || count < 1 || concurrencies.some((c) => !Number.isInteger(c) || c < 1)) {
  console.error(USAGE);
  process.exit(2);
}

const PRINT_CSS = `
@page {
  size: A4;
  margin: 22mm 18mm 20mm;
  @top-center { content: "党员教育培训 · 学习包"; font: 9pt 'Noto Serif SC', serif; color: #555; }
  @bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页"; font: 9pt 'Noto Serif SC', serif; }
}
body { font-family: 'Noto Serif SC', serif; font-size: 11pt; line-height: 1.8; }
h1 { font-size: 20pt; } h2 { font-size: 14pt; break-after: avoid; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #999; padding: 2mm; }
`;

const context: BodyContext = {
  themes: bank.GENERIC_THEMES,
  groupNames: ['党支部书记', '基层党员', '青年党员'],
  discussion: [],
  hours: 2,
  formatName: '专题研讨',
};

const paragraph = (rng: Random) =>
  `<p>${rng
    .sample(bank.SENTENCES, rng.int(3, 5))
    .map((s) => fill(s, context, rng))
    .join('')}</p>`;

/** One lesson's print page: title, six sections of paragraphs, key points and a schedule table. */
function printPage(index: number, edition = ''): string {
  const rng = createRandom(index + 1);
  const title = `${fill(rng.pick(bank.HEADINGS), context, rng)}（第 ${index + 1} 课）${edition}`;
  const sections = rng.sample(bank.HEADINGS, 6).map((heading, i) => {
    const points = rng.sample(bank.KEY_POINTS, 3).map((p) => `<li>${p}</li>`);
    return `<h2>${i + 1}. ${fill(heading, context, rng)}</h2>${paragraph(rng)}${paragraph(rng)}<ul>${points.join('')}</ul>`;
  });
  const rows = rng
    .sample(bank.ACTIVITIES, 4)
    .map((a) => `<tr><td>${a}</td><td>${rng.pick(bank.OBJECTS)}</td><td>0.5</td></tr>`);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="/__pdf-fonts/400.css"><link rel="stylesheet" href="/__pdf-fonts/700.css">
<link rel="stylesheet" href="/_astro/print.css"></head>
<body><h1>${title}</h1>${sections.join('\n')}
<table><tr><th>环节</th><th>内容</th><th>学时</th></tr>${rows.join('')}</table></body></html>`;
}

async function writeSite(dir: string, files: Record<string, string>) {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const rate = (report: RenderReport) => ((report.rendered + report.fromCache) / (report.ms / 1000)).toFixed(2);

const work = join(process.cwd(), '.bench', 'packs-engine');
await rm(work, { recursive: true, force: true });
const outDir = join(work, 'site');
const jobs: PdfJob[] = Array.from({ length: count }, (_, i) => ({
  source: `${sitePaths.printModule(`m-${i + 1}`, 'member')}index.html`,
  output: sitePaths.modulePdf(`m-${i + 1}`, 'member'),
  title: `学习包 第 ${i + 1} 课`,
}));
const site = Object.fromEntries(jobs.map((job, i) => [job.source, printPage(i)]));
const browser = await browserVersion(await locateBrowser());
console.log(
  `学习包基准：${count} 个 A4 打印页面，${availableParallelism()} 个 CPU 核，浏览器 ${browser}，目录 ${work}`,
);

try {
  for (const concurrency of concurrencies) {
    await rm(outDir, { recursive: true, force: true });
    await writeSite(outDir, { '_astro/print.css': PRINT_CSS, ...site });
    const cacheDir = join(work, `cache-${concurrency}`);
    const run = () => renderPdfs(jobs, { outDir, cacheDir, concurrency, log: () => {} });
    const sampler = sampleTreeCpu();
    const cold = await run();
    const cpu = sampler.stop();
    const warm = await run();
    await writeSite(outDir, { [jobs[0]!.source]: printPage(0, '（修订）') });
    const edit = await run();
    const bytes = Object.values(cold.sizes).reduce((sum, size) => sum + size, 0);
    console.log(
      [
        `并发 ${concurrency} 个标签页：`,
        `  冷启动：${cold.rendered} 个 PDF，${seconds(cold.ms)} 秒，${rate(cold)} 个/秒，平均 ${Math.round(bytes / count / 1024)} KB`,
        formatThroughput({ pdfs: cold.rendered, wallMs: cold.ms, cpuSeconds: cpu }),
        `  未改动再次构建：缓存复用 ${warm.fromCache} 个，${seconds(warm.ms)} 秒`,
        `  修改一页后重建：新生成 ${edit.rendered} 个，缓存复用 ${edit.fromCache} 个，${seconds(edit.ms)} 秒`,
      ].join('\n'),
    );
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
