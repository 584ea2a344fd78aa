import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTransfers } from '../../../../scripts/lib/search-transfer-report.ts';

const file = (name: string, kb: number) => ({ file: name, bytes: kb * 2048, servedBytes: kb * 1024 });

test('a query is judged on everything it loaded before its results; opening 筛选 is shown apart', () => {
  const table = formatTransfers(2000, [
    {
      query: '三会一课',
      results: 12,
      files: [
        file('pagefind.js', 13),
        file('wasm.unknown.pagefind', 54),
        file('pagefind.zh-cn_1.pf_meta', 25),
        file('index/zh-cn_2.pf_index', 40),
        file('fragment/zh-cn_3.pf_fragment', 4),
      ],
      bytes: 272 * 1024,
      servedBytes: 136 * 1024,
      filterFiles: [file('filter/zh-cn_4.pf_filter', 14), file('filter/zh-cn_5.pf_filter', 10)],
      searchBoxServedBytes: 3.5 * 1024,
    },
  ]);
  const row = table.split('\n').find((line) => line.startsWith('| 三会一课'));
  assert.equal(row, '| 三会一课 | 12 | 13.0 | 54.0 | 25.0 | 40.0 | 4.0 | 136.0 | ≤ 150 ✓ | 24.0 |');
  assert.match(table, /N = 2000 modules/);
  assert.match(table, /search box's own code and styles, loaded when search opens: 3\.5 KB/);
});

test('a query in traditional characters shows what the converter adds to the search box', () => {
  const transfer = (query: string, searchBoxKb: number) => ({
    query,
    results: 12,
    files: [file('pagefind.js', 25), file('wasm.unknown.pagefind', 54)],
    bytes: 158 * 1024,
    servedBytes: 79 * 1024,
    filterFiles: [],
    searchBoxServedBytes: searchBoxKb * 1024,
  });
  const table = formatTransfers(2000, [transfer('三会一课', 3.5), transfer('三會一課', 28.5)]);
  assert.match(table, /search box's own code and styles, loaded when search opens: 3\.5 KB/);
  assert.match(
    table,
    /traditional characters \(三會一課\) also loads the converter: \+25\.0 KB, 107\.5 KB in all/,
  );
});
