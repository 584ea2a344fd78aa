import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ContentIssue } from '../../../../../src/lib/content/validation/issue.ts';
import {
  escapeLogLine,
  formatGithubAnnotation,
  formatIssue,
  formatSummary,
} from '../../../../../src/lib/content/validation/report.ts';

const issue: ContentIssue = {
  file: 'content/modules/theory/ll-001.mdx',
  line: 6,
  column: 3,
  field: 'groups[1]',
  code: 'unknown-reference',
  message: '未知的党员分类「retired」',
  allowed: 'ordinary, activist',
  severity: 'error',
};

test('terminal lines read file:line:col  field  message  (允许: …)', () => {
  assert.equal(
    formatIssue(issue),
    'content/modules/theory/ll-001.mdx:6:3  groups[1]  未知的党员分类「retired」  (允许: ordinary, activist)',
  );
});

test('warnings are marked as such', () => {
  assert.match(
    formatIssue({ ...issue, severity: 'warning', column: undefined }),
    /^content\/modules\/theory\/ll-001\.mdx:6  groups\[1\]  警告 /,
  );
});

test('GitHub annotations carry file, line, column and field, with commas escaped', () => {
  assert.equal(
    formatGithubAnnotation(issue),
    '::error file=content/modules/theory/ll-001.mdx,line=6,col=3,title=groups[1]::未知的党员分类「retired」（允许: ordinary, activist）',
  );
  assert.match(formatGithubAnnotation({ ...issue, message: '第一行 100%' }), /::第一行 100%25/);
});

// A URL a lecturer wrote, percent-decoded by the checker before it is quoted in the message.
const injected: ContentIssue = {
  ...issue,
  field: 'body',
  message: '链接 https://example.org/a\n::error::伪造\u202Egnp.exe 不允许',
};

test('content in a message stays on its line: controls are shown, not obeyed', () => {
  assert.equal(
    formatIssue(injected),
    'content/modules/theory/ll-001.mdx:6:3  body  链接 https://example.org/a\\n::error::伪造\\u202Egnp.exe 不允许  (允许: ordinary, activist)',
  );
  const annotation = formatGithubAnnotation({ ...injected, guide: 'writing#链接' });
  assert.equal(
    annotation,
    '::error file=content/modules/theory/ll-001.mdx,line=6,col=3,title=body::链接 https://example.org/a\\n::error::伪造\\u202Egnp.exe 不允许（允许: ordinary, activist）%0A改法见授课人指南：guide/writing/#链接',
  );
  // Our own newline before the guide link is the only one, encoded as GitHub asks.
  assert.equal(annotation.split('\n').length, 1);
});

test('every control character is escaped visibly, and no line opens with a command marker', () => {
  assert.equal(
    escapeLogLine('a\rb\tc\u0000d\u007Fe\u0085f\u2028g\u2029h\u2066i'),
    'a\\rb\\tc\\u0000d\\u007Fe\\u0085f\\u2028g\\u2029h\\u2066i',
  );
  assert.equal(escapeLogLine('::set-output name=x::1'), '\\u003A:set-output name=x::1');
  assert.equal(escapeLogLine(' \u3000::add-mask::x'), ' \u3000\\u003A:add-mask::x');
  assert.equal(escapeLogLine('##[error]x'), '\\u0023#[error]x');
  assert.equal(escapeLogLine('\n::error::x'), '\\n::error::x');
  // Chinese text, full-width punctuation and emoji pass unchanged.
  assert.equal(escapeLogLine('党史：学习（一）📘'), '党史：学习（一）📘');
  assert.equal(
    formatIssue({ ...issue, file: '::warning::x.mdx' }),
    '\\u003A:warning::x.mdx:6:3  groups[1]  未知的党员分类「retired」  (允许: ordinary, activist)',
  );
});

test('warnings become ::warning annotations, so they show on the diff without failing the run', () => {
  assert.equal(
    formatGithubAnnotation({
      ...issue,
      severity: 'warning',
      code: 'review-due',
      field: 'reviewBy',
      column: undefined,
      allowed: undefined,
      message: '复核日期 2026-06-30 已过 144 天，内容需要复核',
    }),
    '::warning file=content/modules/theory/ll-001.mdx,line=6,title=reviewBy::复核日期 2026-06-30 已过 144 天，内容需要复核',
  );
});

test('the summary counts errors and warnings', () => {
  assert.equal(
    formatSummary([issue, { ...issue, severity: 'warning' }], 40),
    '内容检查发现 1 个错误、1 个警告（共检查 40 个模块）。',
  );
  assert.equal(formatSummary([], 40), '内容检查通过：40 个模块，未发现问题。');
});
