import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkMdxBody } from '../../../../src/lib/validation/mdx-body.ts';
import { checkImages } from '../../../../src/lib/validation/images.ts';
import { formatIssue } from '../../../../src/lib/validation/report.ts';

const file = 'content/modules/theory/ll-001.mdx';
const problems = (body: string, files: string[]) => {
  const { outline } = checkMdxBody(file, body, 1);
  return checkImages([{ file, outline: outline! }], new Set(files)).map((issue) =>
    formatIssue(issue).replace(`${file}:`, ''),
  );
};

test('images that exist, with alt text, pass: relative, in public/, external', () => {
  const body = '![流程图](./img/flow.png)\n\n![会标](/logo.svg)\n\n![外部图片](https://example.com/a.png)';
  assert.deepEqual(problems(body, ['content/modules/theory/img/flow.png', 'public/logo.svg']), []);
});

test('a missing image lists what the folder does have', () => {
  assert.deepEqual(problems('![流程图](./img/flow.PNG)', ['content/modules/theory/img/flow.png']), [
    '1:1  body  图片「./img/flow.PNG」找不到：content/modules/theory/img/flow.PNG 不存在  (允许: content/modules/theory/img/ 中现有：flow.png)',
  ]);
});

test('an image from public/ is looked for there', () => {
  assert.deepEqual(problems('![会标](/logo.svg)', []), [
    '1:1  body  图片「/logo.svg」找不到：public/logo.svg 不存在  (允许: 把图片放到 public/ 中：地址 /logo.svg 对应文件 public/logo.svg)',
  ]);
});

test('blank alt text counts as missing, in Markdown and in <img>', () => {
  assert.deepEqual(
    problems('![  ](https://example.com/a.png)\n\n<img src="https://example.com/b.png" alt="" />', []),
    [
      '1:1  body  图片「https://example.com/a.png」缺少替代文字（alt）  (允许: 在 ![ ] 的方括号里用一句话说明图片内容，如 ![支部换届选举流程图](./flow.png))',
      '3:1  body  图片「https://example.com/b.png」缺少替代文字（alt）  (允许: 在 <img> 中加 alt="用一句话说明图片内容")',
    ],
  );
});
