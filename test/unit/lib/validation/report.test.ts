import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ContentIssue } from '../../../../src/lib/validation/issue.ts';
import { formatGithubAnnotation, formatIssue, formatSummary } from '../../../../src/lib/validation/report.ts';

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
  assert.match(
    formatGithubAnnotation({ ...issue, message: '第一行\n第二行 100%' }),
    /::第一行%0A第二行 100%25/,
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
