import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  describeFailure,
  formatFailures,
  JobError,
  PDF_MESSAGES,
} from '../../../../../src/lib/packs/pdf/errors.ts';

const job = (n: number) => ({
  source: `print/modules/dx-00${n}/index.html`,
  output: `packs/dx-00${n}.pdf`,
  title: `第${n}课`,
});

test("Playwright's common errors become one Chinese line", () => {
  const timeout = Object.assign(new Error('page.goto: Timeout 30000ms exceeded.\nCall log: …'), {
    name: 'TimeoutError',
  });
  assert.equal(describeFailure(timeout, 30_000), '页面在 30 秒内没有加载完成（可能有资源一直在加载）');
  assert.equal(
    describeFailure(new Error('page.goto: net::ERR_CONNECTION_REFUSED at http://127.0.0.1:1/'), 30_000),
    '无法打开页面（ERR_CONNECTION_REFUSED）',
  );
  assert.equal(
    describeFailure(new Error('page.pdf: Target page, context or browser has been closed'), 30_000),
    PDF_MESSAGES.closed,
  );
  assert.equal(describeFailure(new Error('something odd\nstack…'), 30_000), '未知错误：something odd');
  assert.equal(
    describeFailure(new JobError('打开页面时服务器返回 HTTP 404'), 30_000),
    '打开页面时服务器返回 HTTP 404',
  );
});

test('the failure report names each job by source and title', () => {
  const message = formatFailures(
    [
      { job: job(1), reason: '打开页面时服务器返回 HTTP 404' },
      { job: job(3), reason: '页面引用的文件加载失败：/_astro/print.css（404）' },
    ],
    80,
  );
  assert.equal(
    message,
    [
      '生成学习包失败：80 个中有 2 个没有生成。',
      '  print/modules/dx-001/index.html（第1课）：打开页面时服务器返回 HTTP 404',
      '  print/modules/dx-003/index.html（第3课）：页面引用的文件加载失败：/_astro/print.css（404）',
    ].join('\n'),
  );
});

test('a long failure report is cut after the limit with a count of the rest', () => {
  const failures = [1, 2, 3, 4, 5].map((n) => ({ job: job(n), reason: '浏览器或标签页意外关闭' }));
  const lines = formatFailures(failures, 5, 2).split('\n');
  assert.equal(lines.length, 4);
  assert.equal(lines[3], '  ……另有 3 个失败，原因相同或类似');
});
