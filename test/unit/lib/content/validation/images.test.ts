import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkMdxBody } from '../../../../../src/lib/content/validation/mdx-body.ts';
import { checkImages } from '../../../../../src/lib/content/validation/images.ts';
import { formatIssue } from '../../../../../src/lib/content/validation/report.ts';

const file = 'content/modules/theory/ll-001.mdx';
const problems = (body: string, files: string[]) => {
  const { outline } = checkMdxBody(file, body, 1);
  return checkImages([{ file, outline: outline! }], new Set(files)).map((issue) =>
    formatIssue(issue).replace(`${file}:`, ''),
  );
};

test('images that exist, with alt text, pass: relative and in public/', () => {
  const body = '![流程图](./img/flow.png)\n\n![会标](/logo.svg)';
  assert.deepEqual(problems(body, ['content/modules/theory/img/flow.png', 'public/logo.svg']), []);
});

test('an image on another site is refused: the phone would ask that site for it', () => {
  const body = '![外部图片](https://example.com/a.png)\n\n<img src="//example.com/b.png" alt="外部" />';
  const hint =
    '(允许: 把图片文件放进本仓库，与模块文件放在同一文件夹，用相对路径引用，如 ![流程图](./flow.png))';
  assert.deepEqual(problems(body, []), [
    `1:1  body  图片「https://example.com/a.png」在其他网站上：党员打开页面时手机会向那个网站发出请求，网站的安全策略也会拦下它  ${hint}`,
    `3:1  body  图片「//example.com/b.png」在其他网站上：党员打开页面时手机会向那个网站发出请求，网站的安全策略也会拦下它  ${hint}`,
  ]);
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
    problems('![  ](/a.png)\n\n<img src="/b.png" alt="" />', ['public/a.png', 'public/b.png']),
    [
      '1:1  body  图片「/a.png」缺少替代文字（alt）  (允许: 在 ![ ] 的方括号里用一句话说明图片内容，如 ![支部换届选举流程图](./flow.png))',
      '3:1  body  图片「/b.png」缺少替代文字（alt）  (允许: 在 <img> 中加 alt="用一句话说明图片内容")',
    ],
  );
});
