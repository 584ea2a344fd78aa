import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchableDocument } from '../../../../src/lib/search/searchable-document.ts';

test('Pagefind is given the language and the marked main element, nothing around them', () => {
  const page =
    '<!doctype html><html lang="zh-CN" dir="ltr"><head><title>课程</title><script>x</script></head>' +
    '<body><header>站点</header><nav>目录</nav><main data-pagefind-body class="a"><h1>三会一课</h1></main>' +
    '<footer>页脚</footer></body></html>';
  assert.equal(
    searchableDocument(page),
    '<!doctype html><html lang="zh-CN"><body><main data-pagefind-body class="a"><h1>三会一课</h1></main></body></html>',
  );
});

test('a page without a marked main element is given whole', () => {
  const page = '<html lang="zh-CN"><body><div data-pagefind-body>正文</div></body></html>';
  assert.equal(searchableDocument(page), page);
});
