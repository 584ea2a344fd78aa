// Renders real PDFs in Chromium and reads them back with poppler-utils.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { PdfRenderError } from '../../../../../src/lib/packs/pdf/errors.ts';
import { renderPdfs, type PdfJob } from '../../../../../src/lib/packs/pdf/render-pdfs.ts';
import {
  outlineTitles,
  pdfFonts,
  pdfImagePages,
  pdfInfo,
  pdfPages,
  pdfText,
} from '../../../../helpers/pdf.ts';
import {
  BASE,
  HEADER,
  PAGE_A,
  PAGE_B,
  PRINT_CSS,
  printHtml,
  SEAL_PNG,
  writeSite,
} from './fixtures/print-site.ts';

const work = await mkdtemp(join(tmpdir(), 'render-pdfs-test-'));
after(() => rm(work, { recursive: true, force: true }));

const outDir = join(work, 'site');
const cacheDir = join(work, 'cache');
const jobs: PdfJob[] = [
  {
    source: 'print/modules/dx-001/index.html',
    output: 'packs/modules/dx-001.pdf',
    title: '学习党章（学习包）',
  },
  {
    source: 'print/modules/dx-002/index.html',
    output: 'packs/modules/dx-002.pdf',
    title: '三会一课（学习包）',
  },
];
const pdfA = join(outDir, jobs[0]!.output);
const pdfB = join(outDir, jobs[1]!.output);
const lines: string[] = [];
const render = (site = outDir, list = jobs) =>
  renderPdfs(list, { outDir: site, cacheDir, base: BASE, log: (line) => lines.push(line) });

await writeSite(outDir, {
  '_astro/print.css': PRINT_CSS,
  'img/seal.png': SEAL_PNG,
  [jobs[0]!.source]: printHtml(PAGE_A),
  [jobs[1]!.source]: printHtml(PAGE_B),
});

/** Every file under a folder, relative paths. */
const filesUnder = async (dir: string) => (await readdir(dir, { recursive: true })).map(String);

test('renders both pages to PDFs with the CJK font embedded', async () => {
  const report = await render();
  assert.equal(report.rendered, 2);
  assert.equal(report.fromCache, 0);
  assert.deepEqual(Object.keys(report.sizes).sort(), jobs.map((job) => job.output).sort());
  for (const file of [pdfA, pdfB]) {
    const fonts = pdfFonts(file);
    assert.ok(
      fonts.some((font) => font.name.includes('NotoSerifSC') && font.embedded),
      JSON.stringify(fonts),
    );
    assert.ok(
      fonts.every((font) => font.embedded),
      'every font is embedded',
    );
    // Type 3 fonts are what Chromium draws for synthesized bold; with 700.css loaded there are none.
    assert.ok(
      fonts.every((font) => font.type !== 'Type 3'),
      JSON.stringify(fonts),
    );
  }
  assert.match(
    lines.at(-1)!,
    /^学习包已生成 2 个：新生成 2 个，缓存复用 0 个，用时 [\d.]+ 秒（[\d.]+ 个\/秒）$/,
  );
});

test('the Chinese text, the margin-box header and the page numbers are in the PDF', () => {
  const text = pdfText(pdfA);
  for (const phrase of [PAGE_A.heading, PAGE_A.sections[0]!.text, PAGE_A.sections[1]!.heading]) {
    assert.ok(text.includes(phrase.replace(/\s+/g, '')), `${phrase} missing from ${text}`);
  }
  const pages = pdfPages(pdfA);
  assert.equal(pages.length, 2);
  pages.forEach((page, i) => {
    assert.ok(page.includes(HEADER), `header missing on page ${i + 1}: ${page}`);
    assert.ok(page.includes(`第${i + 1}页`), `page number missing on page ${i + 1}: ${page}`);
  });
  assert.ok(pdfText(pdfB).includes('落实“三会一课”制度'));
});

test('a lazy image at the end of the page is printed', () => {
  assert.deepEqual(pdfImagePages(pdfA), [2]);
});

test('the job title is the PDF title, and headings make the outline', async () => {
  assert.equal(pdfInfo(pdfA).Title, jobs[0]!.title);
  assert.equal(pdfInfo(pdfA).Tagged, 'yes');
  const outline = outlineTitles(await readFile(pdfA));
  for (const heading of [PAGE_A.heading, ...PAGE_A.sections.map((s) => s.heading)]) {
    assert.ok(outline.includes(heading), `${heading} not in outline ${JSON.stringify(outline)}`);
  }
});

test('a second run is served from the cache', async () => {
  const before = await readFile(pdfA);
  const report = await render();
  assert.equal(report.rendered, 0);
  assert.equal(report.fromCache, 2);
  // Chromium stamps each PDF with its creation time, so identical bytes mean it was not re-rendered.
  assert.deepEqual(await readFile(pdfA), before);
});

test('changing one page re-renders only that page', async () => {
  const before = await readFile(pdfA);
  const edited = {
    ...PAGE_B,
    sections: [{ heading: '一、基本要求', text: '每月相对固定一天开展主题党日活动。' }],
  };
  await writeSite(outDir, { [jobs[1]!.source]: printHtml(edited) });
  const report = await render();
  assert.equal(report.rendered, 1);
  assert.equal(report.fromCache, 1);
  assert.deepEqual(await readFile(pdfA), before);
  assert.ok(pdfText(pdfB).includes('每月相对固定一天开展主题党日活动。'));
  // The cache holds the PDFs of this run only.
  assert.equal((await readdir(cacheDir)).filter((name) => name.endsWith('.pdf')).length, 2);
});

test('failed pages are named with their reason, and leave no file behind', async () => {
  const site = join(work, 'broken');
  const list: PdfJob[] = [
    { source: 'print/ok/index.html', output: 'packs/ok.pdf', title: '正常' },
    { source: 'print/no-css/index.html', output: 'packs/no-css.pdf', title: '缺文件' },
    { source: 'print/never-built/index.html', output: 'packs/never-built.pdf', title: '没有页面' },
  ];
  // No img/seal.png in this site, and one page links a stylesheet that was never built.
  await writeSite(site, {
    '_astro/print.css': PRINT_CSS,
    'print/ok/index.html': printHtml(PAGE_B),
    'print/no-css/index.html': printHtml(PAGE_A, `\n<link rel="stylesheet" href="${BASE}_astro/gone.css">`),
  });
  await assert.rejects(render(site, list), (error: unknown) => {
    assert.ok(error instanceof PdfRenderError);
    assert.deepEqual(
      error.failures.map((failure) => failure.job.title),
      ['缺文件', '没有页面'],
    );
    assert.equal(
      error.message,
      [
        '生成学习包失败：3 个中有 2 个没有生成。',
        '  print/no-css/index.html（缺文件）：页面引用的文件加载失败：/training/_astro/gone.css（404）、/training/img/seal.png（404）',
        '  print/never-built/index.html（没有页面）：找不到页面文件 print/never-built/index.html（构建没有生成这个打印页面）',
      ].join('\n'),
    );
    return true;
  });
  const left = await filesUnder(join(site, 'packs'));
  assert.deepEqual(left, ['ok.pdf']);
});
