import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatIssue } from '../../../../../src/lib/content/validation/report.ts';
import { readContentSources } from '../../../../../src/lib/content/files/sources.ts';
import { validateContent } from '../../../../../src/lib/content/validation/validate-content.ts';
import { FIXED_TODAY, projectRoot } from '../../../../helpers/content.ts';

interface Options {
  status?: string;
  extra?: string;
}
const module = (code: string, body: string, { status = 'published', extra = '' }: Options = {}) => ({
  file: `content/modules/theory/${code.toLowerCase()}.mdx`,
  text: `---\ntitle: 模块${code}\ncode: ${code}\nsummary: 简介\ntiers: [grassroots]\ngroups: [ordinary]\nstage: soul-casting\ntopic: theory\nformat: lecture\nhours: 1\nobjectives: [目标]\n${extra}updated: 2026-03-15\nstatus: ${status}\n---\n\n${body}\n`,
});
const taxonomy = readContentSources(projectRoot).taxonomy;

/** Problems located in module files (path warnings about groups.yaml are other tests' concern). */
const problems = (...modules: ReturnType<typeof module>[]) =>
  validateContent({ taxonomy, modules }, { today: FIXED_TODAY })
    .issues.filter((issue) => issue.file.startsWith('content/modules/'))
    .map((issue) => formatIssue(issue).replace(/^content\/modules\/theory\//, ''));

const target = module('LL-002', '## 第一步\n\n正文。\n\n## 第一步\n\n再来一次。', {
  extra: 'discussion: [问题]\n',
});

test('correct links pass: relative, with anchors, to page sections, external and other site pages', () => {
  const body = [
    '[一](../ll-002/) [二](../ll-002/#第一步) [三](../ll-002/#第一步-1) [四](../ll-002/#discussion-questions)',
    '[五](#本课) [六](https://www.12371.cn/) [七](../../groups/) [八](mailto:a@b.cn) [九](../)',
    '',
    '## 本课',
  ].join('\n');
  assert.deepEqual(problems(module('LL-001', body), target), []);
});

test('a link written from the page without ../ is named with its fix', () => {
  assert.deepEqual(problems(module('LL-001', '见[下一课](ll-002/)。'), target), [
    'll-001.mdx:16:2  body  站内链接「ll-002/」的写法在网站上打不开  (允许: 改成 ../ll-002/)',
  ]);
});

test('anchors on the own page are checked, and sections the page has only when filled are known', () => {
  const body = '见[讨论](#discussion-questions)和[小结](#小结)。';
  assert.deepEqual(problems(module('LL-001', body)), [
    'll-001.mdx:16:2  body  本模块中没有锚点为「#discussion-questions」的标题  (允许: （该模块没有小标题）)',
    'll-001.mdx:16:30  body  本模块中没有锚点为「#小结」的标题  (允许: （该模块没有小标题）)',
  ]);
});

test('the share section and QR code every module page has are valid anchors', () => {
  const body = '[扫码](../ll-002/#share) [放大](../ll-002/#qr-ll-002) [本页](#share)';
  assert.deepEqual(problems(module('LL-001', body), target), []);
});

test('percent-encoded anchors and JSX <a> links are checked like Markdown ones', () => {
  const encoded = encodeURIComponent('第二步');
  assert.deepEqual(problems(module('LL-001', `<a href="../ll-002/#${encoded}">第二步</a>`), target), [
    'll-001.mdx:16:1  body  模块「LL-002」中没有锚点为「#第二步」的标题  (允许: #第一步, #第一步-1, #discussion-questions)',
  ]);
});

test('a draft may link to a draft; only published modules must not', () => {
  const draftTarget = module('LL-002', '正文。', { status: 'draft' });
  assert.deepEqual(problems(module('LL-001', '[下一课](../ll-002/)', { status: 'draft' }), draftTarget), []);
});

test('links from a module whose frontmatter is broken are still checked', () => {
  const broken = module('LL-001', '[下一课](../ll-404/)').text.replace('hours: 1', 'hours: -1');
  const lines = problems({ file: 'content/modules/theory/ll-001.mdx', text: broken }, target);
  assert.ok(
    lines.includes('ll-001.mdx:16:1  body  链接的模块「LL-404」不存在  (允许: LL-002)'),
    lines.join('\n'),
  );
});
