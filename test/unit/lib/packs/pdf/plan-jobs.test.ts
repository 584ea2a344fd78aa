import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PdfRenderError } from '../../../../../src/lib/packs/pdf/errors.ts';
import { planJobs } from '../../../../../src/lib/packs/pdf/plan-jobs.ts';

test('jobs resolve to absolute paths inside outDir, in the given order', () => {
  const planned = planJobs(
    [
      { source: 'print/b/index.html', output: 'packs/b.pdf', title: '乙' },
      { source: 'print/a/index.html', output: 'packs/a.pdf', title: '甲' },
    ],
    '/site',
  );
  assert.deepEqual(
    planned.map(({ index, sourcePath, outputPath }) => [index, sourcePath, outputPath]),
    [
      [0, '/site/print/b/index.html', '/site/packs/b.pdf'],
      [1, '/site/print/a/index.html', '/site/packs/a.pdf'],
    ],
  );
});

test('every bad job is reported at once, before anything is rendered', () => {
  const jobs = [
    { source: '../outside.html', output: 'packs/x.pdf', title: '越界' },
    { source: 'print/a/index.html', output: 'packs/a.html', title: '不是 PDF' },
    { source: 'print/b/index.html', output: 'packs/b.pdf', title: '乙' },
    { source: 'print/c/index.html', output: 'packs/./b.pdf', title: '丙' },
  ];
  assert.throws(
    () => planJobs(jobs, '/site'),
    (error: unknown) => {
      assert.ok(error instanceof PdfRenderError);
      assert.equal(
        error.message,
        [
          '学习包任务列表有误：',
          '  ../outside.html（越界）：页面「../outside.html」不在输出目录 /site 之内',
          '  print/a/index.html（不是 PDF）：输出文件「packs/a.html」应以 .pdf 结尾',
          '  print/c/index.html（丙）：「乙」和「丙」都要写入 packs/./b.pdf',
        ].join('\n'),
      );
      return true;
    },
  );
});
