import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { writeWorkbook } from '../../../../src/lib/spreadsheet/write-workbook.ts';
import type { TableSheet } from '../../../../src/lib/spreadsheet/types.ts';

// Read back with ExcelJS, a different implementation (JSZip + saxes) from the writer
// (write-excel-file + fflate) and from our reader, so a shared misreading cannot hide.
async function readWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

const MEMBERS: TableSheet = {
  name: '2026年度学习台账',
  columns: [
    { header: '姓名', kind: 'text' },
    { header: '编号', kind: 'text' },
    { header: '党小组', kind: 'text', width: 20 },
    { header: '学时', kind: 'number' },
    { header: '备注', kind: 'text' },
  ],
  rows: [
    ['张三', '001', '第一党小组', 32.5, ''],
    ['欧阳娜娜', 20230002, '第二党小组', 0, '请假 2 次，已补学'],
    ['李四', '', '', '', '=HYPERLINK("http://x")'],
    ['阿卜杜拉·艾力', 'A-3', '退休党员党小组', 12, '换行\n备注 & <标记> "引号"'],
  ],
};
const TOTALS: TableSheet = {
  name: '汇总',
  columns: [
    { header: '党小组', kind: 'text' },
    { header: '人数', kind: 'number' },
    { header: '人均学时', kind: 'number' },
  ],
  rows: [
    ['第一党小组', 1, 32.5],
    ['合计', 4, 11.13],
  ],
};

test('every cell reads back the same in another library: Chinese text, numbers, empty cells', async () => {
  const workbook = await readWithExcelJs(await writeWorkbook([MEMBERS, TOTALS]));
  assert.deepEqual(
    workbook.worksheets.map((sheet) => sheet.name),
    ['2026年度学习台账', '汇总'],
  );
  for (const [index, sheet] of [MEMBERS, TOTALS].entries()) {
    const read = workbook.worksheets[index]!;
    const table = [sheet.columns.map((column) => column.header), ...sheet.rows];
    assert.equal(read.rowCount, table.length);
    table.forEach((row, r) => {
      sheet.columns.forEach((column, c) => {
        const cell = read.getCell(r + 1, c + 1);
        const written = row[c];
        const expected = written === '' ? null : r > 0 && column.kind === 'text' ? String(written) : written;
        assert.deepEqual(cell.value, expected, `${sheet.name} ${cell.address}`);
      });
    });
  }
});

test('numbers are stored as numbers, text as text, never as a formula', async () => {
  const sheet = (await readWithExcelJs(await writeWorkbook([MEMBERS]))).worksheets[0]!;
  assert.equal(sheet.getCell('D2').type, ExcelJS.ValueType.Number);
  assert.equal(sheet.getCell('B2').type, ExcelJS.ValueType.String, '001 keeps its zeros');
  assert.equal(sheet.getCell('B3').type, ExcelJS.ValueType.String, 'a number in a text column is text');
  assert.equal(sheet.getCell('E4').type, ExcelJS.ValueType.String);
  assert.equal(sheet.getCell('D4').type, ExcelJS.ValueType.Null);
});

test('the header row is bold and frozen; widths are given or fit the text', async () => {
  const sheet = (await readWithExcelJs(await writeWorkbook([MEMBERS]))).worksheets[0]!;
  assert.deepEqual(
    sheet.views.map((view) => ({ state: view.state, ySplit: 'ySplit' in view ? view.ySplit : undefined })),
    [{ state: 'frozen', ySplit: 1 }],
  );
  assert.equal(sheet.getCell('A1').font?.bold, true);
  assert.equal(sheet.getColumn(3).width, 20);
  assert.ok(sheet.getColumn(1).width! >= 14, 'wide enough for 阿卜杜拉·艾力');
});

test('sheet names are made safe for Excel', async () => {
  const workbook = await readWithExcelJs(
    await writeWorkbook([
      { ...TOTALS, name: '第一季度/集中学习：中国共产党某某市某某区某某街道第一党支部' },
      { ...TOTALS, name: '汇总' },
      { ...TOTALS, name: '汇总' },
    ]),
  );
  const names = workbook.worksheets.map((sheet) => sheet.name);
  assert.deepEqual(names.slice(1), ['汇总', '汇总 (2)']);
  assert.ok(names[0]!.length <= 31 && !names[0]!.includes('/'), names[0]);
});

test('text Excel cannot hold is mended, not written into a file Excel would have to repair', async () => {
  const columns = [{ header: '备注', kind: 'text' }] as const;
  const rows = [['张\u0001三\u0008'], ['长'.repeat(40_000)]];
  const sheet = (await readWithExcelJs(await writeWorkbook([{ name: '备注', columns, rows }])))
    .worksheets[0]!;
  assert.equal(sheet.getCell('A2').value, '张三');
  assert.equal(String(sheet.getCell('A3').value).length, 32_767);
});

test('an empty workbook is a programming error', async () => {
  await assert.rejects(writeWorkbook([]), RangeError);
});
