// A pack's contents gets the page each entry starts on, read back from a first print (Chromium has
// no target-counter()). Renders real PDFs in Chromium and reads them with pdftotext.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { namedDestinationPages } from '../../../../../src/lib/packs/pdf/destinations.ts';
import { renderPdfs } from '../../../../../src/lib/packs/pdf/render-pdfs.ts';
import { pdfPages } from '../../../../helpers/pdf.ts';
import { BASE, HEADER, PRINT_CSS, writeSite } from './fixtures/print-site.ts';

const work = await mkdtemp(join(tmpdir(), 'page-numbers-test-'));
after(() => rm(work, { recursive: true, force: true }));
const outDir = join(work, 'site');

/** Lessons of different lengths, so their first pages are not simply consecutive. */
const lessons = [
  { id: 'print-dx-001', title: '学习党章', paragraphs: 10 },
  { id: 'print-dx-002', title: '三会一课', paragraphs: 80 },
  { id: 'print-dx-003', title: '主题党日', paragraphs: 45 },
];
const contents = lessons
  .map((l) => `<li><a href="#${l.id}">${l.title}</a> <span data-page-of="${l.id}"></span>页</li>`)
  .join('');
const body = lessons
  .map(
    (l) =>
      `<section id="${l.id}" class="next-page"><h1>${l.title}</h1>${'<p>党员要认真学习，联系实际，学以致用，做到知行合一。</p>'.repeat(l.paragraphs)}</section>`,
  )
  .join('');
const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>目录</title>
<link rel="stylesheet" href="/__pdf-fonts/400.css"><link rel="stylesheet" href="/__pdf-fonts/700.css">
<link rel="stylesheet" href="${BASE}_astro/print.css"></head>
<body><h1>目录</h1><ol>${contents}</ol>${body}</body></html>`;
await writeSite(outDir, { '_astro/print.css': PRINT_CSS, 'print/paths/member/index.html': html });
const output = 'packs/paths/member.pdf';
await renderPdfs([{ source: 'print/paths/member/index.html', output, title: '学习路径学习包' }], {
  outDir,
  cacheDir: join(work, 'cache'),
  base: BASE,
  log: () => undefined,
});
const pdf = join(outDir, output);
// Where each lesson really starts, as a reader finds it: the page whose text opens with its title
// right after the running header.
const pages = pdfPages(pdf);
const starts = lessons.map(
  (lesson) => pages.findIndex((page) => page.startsWith(`${HEADER}${lesson.title}`)) + 1,
);

test('each contents entry shows the page its lesson starts on', () => {
  assert.ok(starts[2]! - starts[1]! > 1, `lessons start on pages ${starts.join(', ')}`);
  for (const [i, lesson] of lessons.entries()) {
    assert.ok(pages[0]!.includes(`${i + 1}.${lesson.title}${starts[i]}页`), pages[0]!);
  }
});

test('the destinations read back from the PDF name those pages', async () => {
  const destinations = namedDestinationPages(await readFile(pdf));
  assert.deepEqual(
    lessons.map((lesson) => destinations.get(lesson.id)),
    starts,
  );
});
