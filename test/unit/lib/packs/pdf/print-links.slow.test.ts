// Renders print pages with links in Chromium and reads the link annotations of the PDFs.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { namedDestinationPages } from '../../../../../src/lib/packs/pdf/destinations.ts';
import { LINK_BASE_ATTRIBUTE, PUBLIC_ORIGIN_META } from '../../../../../src/lib/packs/pdf/public-links.ts';
import { renderPdfs, type PdfJob } from '../../../../../src/lib/packs/pdf/render-pdfs.ts';
import { pdfLinkUris, pdfText } from '../../../../helpers/pdf.ts';
import { BASE, writeSite } from './fixtures/print-site.ts';

const ORIGIN = 'https://dangjian.example.cn';
const work = await mkdtemp(join(tmpdir(), 'print-links-test-'));
after(() => rm(work, { recursive: true, force: true }));
const outDir = join(work, 'site');

/** A lecturer edition as the build writes it: a module body marked with its page's path. */
const page = (publicOrigin?: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>授课人版</title>
${publicOrigin ? `<meta name="${PUBLIC_ORIGIN_META}" content="${publicOrigin}">` : ''}
<link rel="stylesheet" href="/__pdf-fonts/400.css">
</head><body>
<p><a href="#part">目录：第二部分</a></p>
<p><a href="${BASE}modules/ll-003/">相关课程三</a></p>
<article ${LINK_BASE_ATTRIBUTE}="${BASE}modules/dx-001/">
<p>参见<a href="../ll-002/">相关课程二</a>和<a href="../ll-002/#一第一步">第一步</a>。</p>
<p>原文见<a href="https://www.gov.cn/zhengce/">中国政府网</a>，<a href="javascript:alert(1)">点此</a>。</p>
<h2 id="part">第二部分</h2>
</article>
</body></html>`;

const jobs: PdfJob[] = [
  { source: 'print/modules/dx-001/lecturer/index.html', output: 'packs/with-origin.pdf', title: '有地址' },
  { source: 'print/modules/dx-002/lecturer/index.html', output: 'packs/no-origin.pdf', title: '无地址' },
];
const pdf = (output: string) => readFile(join(outDir, output));

before(async () => {
  await writeSite(outDir, { [jobs[0]!.source]: page(ORIGIN), [jobs[1]!.source]: page() });
  await renderPdfs(jobs, { outDir, cacheDir: join(work, 'cache'), base: BASE, log: () => undefined });
});

test('links into the site open the public site, at the module page the body was written for', async () => {
  assert.deepEqual(pdfLinkUris(await pdf(jobs[0]!.output)), [
    `${ORIGIN}${BASE}q/ll-003/`,
    `${ORIGIN}${BASE}q/ll-002/`,
    `${ORIGIN}${BASE}modules/ll-002/#%E4%B8%80%E7%AC%AC%E4%B8%80%E6%AD%A5`,
    'https://www.gov.cn/zhengce/',
  ]);
});

test('with no public origin, links into the site are plain text; other sites stay links', async () => {
  const file = await pdf(jobs[1]!.output);
  assert.deepEqual(pdfLinkUris(file), ['https://www.gov.cn/zhengce/']);
  const text = pdfText(join(outDir, jobs[1]!.output));
  for (const words of ['相关课程三', '相关课程二', '第一步', '点此']) assert.ok(text.includes(words), words);
});

test('an anchor in the same document stays an internal link', async () => {
  for (const job of jobs)
    assert.deepEqual([...namedDestinationPages(await pdf(job.output)).keys()], ['part']);
});
