import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import GithubSlugger from 'github-slugger';
import { createIssue } from '../../../../../src/lib/content/validation/issue.ts';
import { ISSUES } from '../../../../../src/lib/content/validation/issues.ts';
import { formatGithubAnnotation, formatIssue } from '../../../../../src/lib/content/validation/report.ts';
import { projectRoot } from '../../../../helpers/content.ts';

const guideDir = join(projectRoot, 'content', 'pages', 'guide');

/** Heading ids of a guide page as the site renders them (github-slugger over the heading text). */
function headingIds(page: string): string[] {
  const text = readFileSync(join(guideDir, `${page}.mdx`), 'utf8').replace(/```[\s\S]*?```/g, '');
  const slugger = new GithubSlugger();
  return [...text.matchAll(/^#{2,6} +(.+)$/gm)].map((match) =>
    slugger.slug(match[1]!.replace(/[`*_]/g, '').trim()),
  );
}

test('every issue links to a guide page that exists, and to a heading on it', () => {
  for (const [code, { guide }] of Object.entries(ISSUES)) {
    const [page = '', anchor] = guide.split('#');
    assert.ok(existsSync(join(guideDir, `${page}.mdx`)), `${code}: content/pages/guide/${page}.mdx`);
    if (anchor) assert.ok(headingIds(page).includes(anchor), `${code}: no heading #${anchor} on ${page}`);
  }
});

test('the table decides severity, message, hint and guide link of an issue', () => {
  const at = { file: 'content/modules/theory/ll-001.mdx', line: 9, field: 'body' };
  const issue = createIssue('link-absolute', at, { url: '/modules/ll-002/', fix: '../ll-002/' });
  assert.deepEqual(issue, {
    ...at,
    code: 'link-absolute',
    severity: 'warning',
    message: '链接「/modules/ll-002/」以 / 开头，网站部署在子路径（BASE_PATH）下时会打不开',
    allowed: '改成 ../ll-002/',
    guide: 'writing#链接到其他模块',
  });
  assert.equal(createIssue('qr-duplicate', at, { code: 'LL-001' }).allowed, undefined);
});

test('the terminal line stays as it was; a pull-request annotation also says where the guide explains it', () => {
  const at = { file: 'content/modules/theory/ll-001.mdx', line: 9, column: 3, field: 'body' };
  const issue = createIssue('image-unprocessed', at, { url: './a.png' });
  assert.equal(
    formatIssue(issue),
    'content/modules/theory/ll-001.mdx:9:3  body  <img> 中的相对路径「./a.png」不会被处理，网站上显示不出来  (允许: 改用 Markdown 写法 ![图片说明](./a.png))',
  );
  assert.match(
    formatGithubAnnotation(issue),
    /（允许: 改用 Markdown 写法 !\[图片说明\]\(\.\/a\.png\)）%0A改法见授课人指南：guide\/writing\/#图片$/,
  );
});
