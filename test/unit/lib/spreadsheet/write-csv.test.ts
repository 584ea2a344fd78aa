import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTableFile } from '../../../../src/lib/spreadsheet/read-table-file.ts';
import { csvField, writeCsv } from '../../../../src/lib/spreadsheet/write-csv.ts';
import type { TableColumn } from '../../../../src/lib/spreadsheet/types.ts';

const COLUMNS: TableColumn[] = [
  { header: '姓名', kind: 'text' },
  { header: '党小组', kind: 'text' },
  { header: '学时', kind: 'number' },
];

test('UTF-8 with a BOM, CRLF after every line, quotes only where needed', () => {
  const bytes = writeCsv(COLUMNS, [
    ['张三', '第一党小组', 12.5],
    ['李四', '说"好", 明天', 0],
    ['王五', '两行\n备注', ''],
  ]);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.equal(
    new TextDecoder().decode(bytes),
    '姓名,党小组,学时\r\n张三,第一党小组,12.5\r\n李四,"说""好"", 明天",0\r\n王五,"两行\n备注",\r\n',
  );
});

test('formula injection: text starting with = + - @ is written as text, numbers stay numbers', () => {
  const text = new TextDecoder().decode(
    writeCsv(COLUMNS, [
      ['=HYPERLINK("http://x","点我")', '+1', -3],
      ['@SUM(A1)', '-', 1],
    ]),
  );
  const [, first, second] = text.split('\r\n');
  assert.equal(first, `"'=HYPERLINK(""http://x"",""点我"")",'+1,-3`);
  assert.equal(second, `'@SUM(A1),'-,1`);
});

test('cells that are empty, missing or not finite are empty; spaces at the ends are quoted', () => {
  assert.equal(csvField(''), '');
  assert.equal(csvField(undefined), '');
  assert.equal(csvField(Number.NaN), '');
  assert.equal(csvField(' 张三'), '" 张三"');
});

test('what writeCsv writes, readTableFile reads back cell by cell', async () => {
  const rows = [
    ['张三', '第一党小组', 12.5],
    ['李四', '说"好", 明天', 0],
    ['', '', 3],
  ];
  const result = await readTableFile(writeCsv(COLUMNS, rows), '台账.csv');
  assert.deepEqual(result, { rows: [['姓名', '党小组', '学时'], ...rows.map((row) => row.map(String))] });
});
