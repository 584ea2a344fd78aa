import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkMdxBody } from '../../../../../src/lib/content/validation/mdx-body.ts';

const outline = (body: string) => checkMdxBody('m.mdx', body, 10).outline!;

test('heading anchors match the ids Astro 7 renders, Chinese punctuation and repeats included', () => {
  // Ids observed in a real `astro build` of these headings (Sätteri renderer, Starlight 0.42).
  const body = [
    '## 导入',
    '## 导入',
    '## 一、**加粗**与 `code` 的标题',
    '## Hello World! 2.0',
    '## [链接文字](https://example.com)后缀',
    '## 党员“先锋指数”——怎么算？',
    '## 🚩 红旗 emoji',
    '### 三级 标题 (括号) & 符号',
    '<Case title="x">\n\n## 案例里的标题\n\n</Case>',
  ].join('\n\n');
  assert.deepEqual(outline(body).anchors, [
    '导入',
    '导入-1',
    '一加粗与-code-的标题',
    'hello-world-20',
    '链接文字后缀',
    '党员先锋指数怎么算',
    '-红旗-emoji',
    '三级-标题-括号--符号',
    '案例里的标题',
  ]);
});

test('a heading inside <LecturerNote> takes its number but is no anchor on the member page', () => {
  // Observed in a build: the visible `## 导入` after a hidden one gets the id 导入-1.
  const body = '<LecturerNote>\n\n## 导入\n\n提示。\n\n</LecturerNote>\n\n## 导入\n\n正文。';
  assert.deepEqual(outline(body).anchors, ['导入-1']);
});

test('links and images are collected with file lines, from Markdown and from JSX', () => {
  const body = [
    '见[上一课](../ll-001/#导入)和[参考][ref]。',
    '',
    '[ref]: ../ll-002/',
    '',
    '<a href="../ll-003/">第三课</a>',
    '',
    '![流程图](./flow.png)',
    '',
    '<img src="/images/a.png" />',
  ].join('\n');
  const { links, images } = outline(body);
  assert.deepEqual(
    links.map((link) => [link.url, link.line, link.column, link.syntax]),
    [
      ['../ll-001/#导入', 10, 2, 'markdown'],
      ['../ll-002/', 12, 1, 'markdown'],
      ['../ll-003/', 14, 1, 'jsx'],
    ],
  );
  assert.deepEqual(
    images.map((image) => [image.url, image.alt, image.line, image.syntax]),
    [
      ['./flow.png', '流程图', 16, 'markdown'],
      ['/images/a.png', undefined, 18, 'jsx'],
    ],
  );
});

test('a body with a syntax error has no outline', () => {
  assert.equal(checkMdxBody('m.mdx', '<Case>\n\n没有结束标签', 1).outline, undefined);
});

test('links and images written as constant expressions are collected as the page will show them', () => {
  const body = [
    '<a href={"../ll-004/"}>第四课</a>',
    '',
    '<a href={`../ll-005/#导入`}>第五课</a>',
    '',
    '<a href={"../ll-" + "006/"}>第六课</a>',
    '',
    '<a href={["../ll-007/"]}>第七课</a>',
    '',
    '<a href={target}>算不出</a>',
    '',
    '<img src={"https://img.example.cn/a.png"} alt={"党旗"} />',
  ].join('\n');
  const { links, images } = outline(body);
  assert.deepEqual(
    links.map((link) => [link.url, link.line, link.syntax]),
    [
      ['../ll-004/', 10, 'jsx'],
      ['../ll-005/#导入', 12, 'jsx'],
      ['../ll-006/', 14, 'jsx'],
      ['../ll-007/', 16, 'jsx'],
    ],
  );
  assert.deepEqual(
    images.map((image) => [image.url, image.alt, image.line]),
    [['https://img.example.cn/a.png', '党旗', 20]],
  );
});
