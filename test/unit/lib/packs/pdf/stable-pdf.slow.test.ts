// Two renders of the same pack must be the same bytes: a CI shard, a laptop and the cache agree.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { renderPdfs, type PdfJob } from '../../../../../src/lib/packs/pdf/render-pdfs.ts';
import { pdfDate, stabilizePdf } from '../../../../../src/lib/packs/pdf/stable-pdf.ts';
import { pdfInfo } from '../../../../helpers/pdf.ts';
import { BASE, PRINT_CSS, writeSite } from './fixtures/print-site.ts';

const chromiumLike = (date: string, ids: number[]) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:${date}+00'00')\n/ModDate (D:${date}+00'00')>>\nendobj\n` +
      ids.map((id, i) => `${i + 2} 0 obj\n<</S /TH\n/ID (node000${id})>>\nendobj\n`).join('') +
      `9 0 obj\n<</Names [${[...ids]
        .sort()
        .map((id) => `(node000${id}) 2 0 R`)
        .join(' ')}]>>\nendobj\n`,
    'latin1',
  );

test('dates come from the job, node numbers from their order; the byte length never changes', () => {
  const first = chromiumLike('20261126151033', [23203, 23204]);
  const second = chromiumLike('20270102030405', [51877, 51878]);
  const a = stabilizePdf(first, '2026-09-01');
  assert.equal(a.length, first.length);
  assert.deepEqual(a, stabilizePdf(second, '2026-09-01'));
  const text = a.toString('latin1');
  assert.match(text, /\/CreationDate \(D:20260901000000\+00'00'\)/);
  assert.match(text, /\/ModDate \(D:20260901000000\+00'00'\)/);
  // Renumbered in order, so the ID tree's names stay sorted.
  assert.match(text, /\/Names \[\(node00000001\) 2 0 R \(node00000002\) 2 0 R\]/);
});

test('a date that is not YYYY-MM-DD is refused, not written', () => {
  assert.equal(pdfDate('2026-09-01'), "D:20260901000000+00'00'");
  assert.throws(() => pdfDate('2026-9-1'));
});

const work = await mkdtemp(join(tmpdir(), 'stable-pdf-test-'));
after(() => rm(work, { recursive: true, force: true }));

// A table header gets a DOM node number in the tagged PDF: the part that differs once a tab is reused.
const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<link rel="stylesheet" href="/__pdf-fonts/400.css"><link rel="stylesheet" href="${BASE}_astro/print.css">
</head><body><h1>学习党章</h1><table><tr><th>环节</th><th>学时</th></tr><tr><td>集中学习</td><td>1</td></tr></table></body></html>`;

test('the same pack rendered twice, in a reused tab and in a fresh browser, is byte-identical', async () => {
  const outDir = join(work, 'site');
  await writeSite(outDir, {
    '_astro/print.css': PRINT_CSS,
    'print/a/index.html': page,
    'print/b/index.html': page,
  });
  const job = (source: string, output: string): PdfJob => ({
    source,
    output,
    title: '学习党章（学习包）',
    date: '2026-09-01',
  });
  const options = { outDir, base: BASE, concurrency: 1, log: () => {} };
  // One tab prints both pages in turn; then a second run starts from an empty cache.
  await renderPdfs([job('print/a/index.html', 'one.pdf'), job('print/b/index.html', 'two.pdf')], {
    ...options,
    cacheDir: join(work, 'cache-1'),
  });
  await renderPdfs([job('print/a/index.html', 'three.pdf')], { ...options, cacheDir: join(work, 'cache-2') });
  const [one, two, three] = await Promise.all(
    ['one', 'two', 'three'].map((name) => readFile(join(outDir, `${name}.pdf`))),
  );
  assert.ok(one!.equals(two!), 'reused tab');
  assert.ok(one!.equals(three!), 'fresh browser');
  assert.match(one!.toString('latin1'), /\(node0+1\)/, 'the tagged table header is there to renumber');
  assert.match(pdfInfo(join(outDir, 'one.pdf')).CreationDate ?? '', /2026/);
});
