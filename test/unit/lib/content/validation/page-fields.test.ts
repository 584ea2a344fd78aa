import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkStarlightFields } from '../../../../../src/lib/content/validation/page-fields.ts';

const check = (data: object) =>
  checkStarlightFields('content/pages/p.mdx', data, () => 2).map((issue) => `${issue.field} ${issue.code}`);

test('what a real page needs passes', () => {
  const page = {
    title: '关于 <本站>', // printed as text (src/components/overrides/Hero.astro escapes it)
    editUrl: 'https://git.example.cn/curriculum/edit/main/content/pages/about.mdx',
    prev: '上一页', // a string is only the label
    next: { link: '../guide/', label: '授课人指南' },
    hero: {
      title: '党员教育培训课程',
      tagline: '铸魂、赋能、<担当>',
      image: { file: '../../src/assets/hero.png', alt: '党徽' },
      actions: [{ text: '开始学习', link: '/modules/', icon: 'right-arrow' }],
    },
  };
  assert.deepEqual(check(page), []);
  assert.deepEqual(check({ title: '关于', editUrl: false, prev: false, next: true }), []);
});

test('each field Starlight turns into a link or markup is judged', () => {
  assert.deepEqual(
    check({
      sidebar: { attrs: { onclick: 'alert(1)' } },
      editUrl: 'vbscript:x',
      prev: { link: 'data:text/html,x' },
      hero: { image: { dark: '//x.cn/a.png', light: './a.png' }, actions: [{ link: 'file:///etc/passwd' }] },
    }),
    [
      'sidebar.attrs page-field-refused',
      'editUrl body-url',
      'prev.link body-url',
      'hero.image.dark image-external',
      'hero.actions[0].link body-url',
    ],
  );
});
