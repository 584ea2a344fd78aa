import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { readTableFile } from '../../../../src/lib/spreadsheet/read-table-file.ts';
import { writeCsv } from '../../../../src/lib/spreadsheet/write-csv.ts';
import { writeWorkbook } from '../../../../src/lib/spreadsheet/write-workbook.ts';
import { compoundFile } from './fixtures/compound-file.ts';

const ROSTER = '姓名,党员类别,编号,党小组\r\n张三,正式党员,A01,第一党小组\r\n李四,预备党员,,第二党小组\r\n';
const EXPECTED = [
  ['姓名', '党员类别', '编号', '党小组'],
  ['张三', '正式党员', 'A01', '第一党小组'],
  ['李四', '预备党员', '', '第二党小组'],
];

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

test('a CSV in UTF-8, with or without a BOM', async () => {
  assert.deepEqual(await readTableFile(utf8(ROSTER), '名单.csv'), { rows: EXPECTED });
  assert.deepEqual(await readTableFile(utf8(`\uFEFF${ROSTER}`), '名单.csv'), { rows: EXPECTED });
});

test('a CSV saved by Excel on a Chinese Windows, in GBK (read as GB18030)', async () => {
  // 姓名,党小组 / 张三,第一党小组 / 𠀀 (GB18030 four-byte) in the local code page.
  const bytes = new Uint8Array([
    0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xb5, 0xb3, 0xd0, 0xa1, 0xd7, 0xe9, 0x0d, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd,
    0x2c, 0xb5, 0xda, 0xd2, 0xbb, 0xb5, 0xb3, 0xd0, 0xa1, 0xd7, 0xe9, 0x0d, 0x0a, 0x95, 0x32, 0x82, 0x36,
    0x0d, 0x0a,
  ]);
  assert.deepEqual(await readTableFile(bytes, '名单.csv'), {
    rows: [['姓名', '党小组'], ['张三', '第一党小组'], ['𠀀']],
  });
});

test('tab-separated text, quoted fields and surrounding spaces', async () => {
  const text = '姓名\t备注\n 张三 \t"请假,补学"\n"李\t四"\t\n\n';
  assert.deepEqual(await readTableFile(utf8(text), '名单.txt'), {
    rows: [
      ['姓名', '备注'],
      ['张三', '请假,补学'],
      ['李\t四', ''],
    ],
  });
});

test('an .xlsx, decided by its bytes even when it is named .csv', async () => {
  const bytes = await writeWorkbook([
    {
      name: '名单',
      columns: [
        { header: '姓名', kind: 'text' },
        { header: '编号', kind: 'number' },
      ],
      rows: [['张三', 20230001]],
    },
  ]);
  const expected = {
    rows: [
      ['姓名', '编号'],
      ['张三', '20230001'],
    ],
  };
  assert.deepEqual(await readTableFile(bytes, '名单.xlsx'), expected);
  assert.deepEqual(await readTableFile(bytes, '名单.csv'), expected);
});

test('an .xlsx written by another program: shared and rich text, formulas, numbers, dates', async () => {
  // ExcelJS stands in for Excel and WPS here: a different writer from our own.
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('说明').addRow([]);
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow(['姓名', '编号', '入党日期', '党小组']);
  sheet.addRow([
    { richText: [{ text: '张', font: { bold: true } }, { text: '三' }] },
    1,
    new Date(Date.UTC(2001, 6, 1)),
    '第一党小组',
  ]);
  sheet.addRow(['李四', 2.5, null, { formula: 'D2&"（退休）"', result: '第一党小组（退休）' }]);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  assert.deepEqual(await readTableFile(bytes, '名单.xlsx'), {
    rows: [
      ['姓名', '编号', '入党日期', '党小组'],
      ['张三', '1', '2001-07-01', '第一党小组'],
      ['李四', '2.5', '', '第一党小组（退休）'],
    ],
  });
});

test('an old .xls and a password-protected .xlsx are refused with what to do', async () => {
  assert.deepEqual(await readTableFile(compoundFile(['Workbook']), '名单.xls'), {
    error: '名单.xls 是旧版 Excel 格式，请在 Excel 或 WPS 中另存为 .xlsx 或 .csv',
  });
  const encrypted = await readTableFile(compoundFile(['EncryptionInfo', 'EncryptedPackage']), '名单.xlsx');
  assert.deepEqual(encrypted, {
    error: '名单.xlsx 设有打开密码，无法读取。请在 Excel 或 WPS 中输入密码打开，取消打开密码后另存，再打开',
  });
  assert.deepEqual(await readTableFile(compoundFile(['Workbook']), '名单.et'), {
    error: '名单.et 是 WPS 表格格式，请在 WPS 中另存为 .xlsx 或 .csv',
  });
});

test('a truncated .xlsx is damaged; the reason names the file', async () => {
  const bytes = await writeWorkbook([
    { name: '名单', columns: [{ header: '姓名', kind: 'text' }], rows: [['张三']] },
  ]);
  const damaged = {
    error: '名单.xlsx 已损坏或不完整，无法读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 或 .csv 后再试',
  };
  for (const length of [4, 100, Math.floor(bytes.length / 2), bytes.length - 22]) {
    assert.deepEqual(
      await readTableFile(bytes.subarray(0, length), '名单.xlsx'),
      damaged,
      `first ${length} bytes`,
    );
  }
});

test('empty files and sheets, text named .xlsx, binary named .csv and other formats', async () => {
  const emptySheet = await writeWorkbook([{ name: '名单', columns: [], rows: [] }]);
  const cases: [Uint8Array, string, string][] = [
    [emptySheet, '名单.xlsx', '名单.xlsx 里没有数据：所有工作表都是空的'],
    [new Uint8Array(), '名单.csv', '名单.csv 是空的，没有任何数据'],
    [utf8('\uFEFF\r\n,,\r\n'), '名单.csv', '名单.csv 是空的，没有任何数据'],
    [new Uint8Array(), '名单.xlsx', '名单.xlsx 是空的，没有任何数据'],
    [utf8(ROSTER), '名单.xlsx', '名单.xlsx 不是 Excel 工作簿，请在 Excel 或 WPS 中另存为 .xlsx 或 .csv'],
    [
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      '名单.csv',
      '名单.csv 不是文本格式的 .csv 文件，请在 Excel 或 WPS 中另存为 .xlsx 或 .csv',
    ],
    [
      utf8(ROSTER),
      '名单.ods',
      '名单.ods 的格式无法读取：只能打开 .xlsx 和 .csv 文件，请在 Excel 或 WPS 中另存为其中一种',
    ],
    [
      new Uint8Array(20 * 1024 * 1024 + 1),
      '名单.csv',
      '名单.csv 超过 20 MB，不像是一份名单，请只保留名单所在的工作表后另存',
    ],
  ];
  for (const [bytes, name, error] of cases)
    assert.deepEqual(await readTableFile(bytes, name), { error }, error);
});

function roster(count: number): (string | number)[][] {
  const groups = ['第一党小组', '第二党小组', '第三党小组', '退休党员党小组'];
  return Array.from({ length: count }, (_, i) => [
    `党员${i + 1}`,
    i % 7 === 0 ? '预备党员' : '正式党员',
    20230000 + i,
    groups[i % 4]!,
  ]);
}

test('a roster of 1,000 rows reads in well under a second, as .xlsx and as .csv', async () => {
  const columns = [
    { header: '姓名', kind: 'text' },
    { header: '党员类别', kind: 'text' },
    { header: '编号', kind: 'number' },
    { header: '党小组', kind: 'text' },
  ] as const;
  const rows = roster(1000);
  const xlsx = await writeWorkbook([{ name: '名单', columns, rows }]);
  const csv = writeCsv(columns, rows);
  // Loading the reader is a one-off cost (in the browser, a download): time the reading alone.
  await readTableFile(
    await writeWorkbook([{ name: '预热', columns, rows: rows.slice(0, 1) }]),
    'warm-up.xlsx',
  );
  for (const [bytes, name] of [
    [xlsx, '名单.xlsx'],
    [csv, '名单.csv'],
  ] as const) {
    const started = performance.now();
    const result = await readTableFile(bytes, name);
    const elapsed = performance.now() - started;
    assert.ok('rows' in result && result.rows.length === 1001, name);
    assert.deepEqual(result.rows[1000], ['党员1000', '正式党员', '20230999', '退休党员党小组']);
    // About 60 ms idle and 250 ms with both cores busy; the bound leaves room for a loaded CI runner.
    assert.ok(elapsed < 500, `${name}: ${elapsed.toFixed(0)} ms`);
  }
});
