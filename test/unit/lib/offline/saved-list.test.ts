import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { savedPagesOf, savedTitleOf, withSavedList } from '../../../../src/lib/offline/saved-list.ts';

const scope = 'https://dangjian.example.cn/training/';
// The offline page as Astro writes it: the note and the list both hidden until the answer is known.
const offlinePage =
  '<h2 id="saved">本设备上已保存的页面</h2>\n<p data-offline-empty hidden>还没有保存任何页面。</p>\n' +
  '<ul data-offline-list hidden></ul>';

describe('savedTitleOf', () => {
  test('the page title without the site name, entities decoded', () => {
    assert.equal(savedTitleOf('<title>党章 &amp; 党规 | 党员教育培训课程</title>'), '党章 & 党规');
    assert.equal(savedTitleOf('<p>no title</p>'), '');
  });
});

describe('savedPagesOf', () => {
  test('modules first, then paths, then other pages; the offline page and short links left out', () => {
    const pages = savedPagesOf(
      [
        { url: `${scope}`, title: '首页' },
        { url: `${scope}paths/activist/`, title: '入党积极分子' },
        { url: `${scope}q/dx-001/`, title: '正在打开课程……' },
        { url: `${scope}modules/dx-002/`, title: '乙' },
        { url: `${scope}offline/`, title: '离线阅读' },
        { url: `${scope}modules/dx-001/`, title: '甲' },
      ],
      scope,
    );
    assert.deepEqual(
      pages.map(({ title }) => title),
      ['甲', '乙', '入党积极分子', '首页'],
    );
  });

  test('a page without a title is listed by its path', () => {
    const [page] = savedPagesOf([{ url: `${scope}guide/`, title: '' }], scope);
    assert.equal(page?.title, '/training/guide/');
  });
});

describe('withSavedList', () => {
  test('writes the list into the page and shows it; the note stays hidden', () => {
    const html = withSavedList(offlinePage, [
      { url: `${scope}modules/dx-001/`, title: '党史 <一>' },
      { url: `${scope}paths/activist/`, title: '入党积极分子' },
    ]);
    assert.match(html, /<p data-offline-empty hidden>/);
    assert.match(
      html,
      /<ul data-offline-list data-offline-rendered><li><a href="https:\/\/dangjian\.example\.cn\/training\/modules\/dx-001\/">党史 &#60;一&#62;<\/a><\/li><li>/,
    );
    assert.doesNotMatch(html, /<ul[^>]*hidden/);
  });

  test('with nothing saved, shows the note and leaves the list hidden', () => {
    const html = withSavedList(offlinePage, []);
    assert.match(html, /<p data-offline-empty>还没有保存任何页面。/);
    assert.match(html, /<ul data-offline-list hidden><\/ul>/);
  });
});
