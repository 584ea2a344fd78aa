import assert from 'node:assert/strict';
import { test } from 'node:test';
import { excerptParts, resultView, SUMMARY_META } from '../../../../src/lib/search/result-view.ts';

test('a module result shows its title, its summary instead of the excerpt, and its facts as tags', () => {
  const view = resultView({
    url: '/modules/zs-001/',
    excerpt: '支部 <mark>学习</mark> 党员',
    meta: { title: '三会一课', 编号: 'ZS-001', [SUMMARY_META]: '讲清<b>三会一课</b>的要求', 学时: '2' },
  });
  assert.deepEqual(view, {
    url: '/modules/zs-001/',
    title: '三会一课',
    excerpt: [{ text: '讲清<b>三会一课</b>的要求', marked: false }],
    tags: ['编号：ZS-001', '学时：2'],
  });
});

test('a page without a summary shows Pagefind’s excerpt, its matches marked, as the text it was', () => {
  const view = resultView({
    url: '/guide/new/',
    excerpt: '用 &lt;KeyPoints&gt; 写<mark>要点</mark>，R&amp;D 也<mark>可以</mark>',
    meta: { title: '讲师指南' },
  });
  assert.deepEqual(view.excerpt, [
    { text: '用 <KeyPoints> 写', marked: false },
    { text: '要点', marked: true },
    { text: '，R&D 也', marked: false },
    { text: '可以', marked: true },
  ]);
  assert.deepEqual(view.tags, []);
});

test('an excerpt without matches is one run of text', () => {
  assert.deepEqual(excerptParts('没有&quot;匹配&quot;'), [{ text: '没有"匹配"', marked: false }]);
});
