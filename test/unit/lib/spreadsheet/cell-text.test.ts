import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellText, rowsAsText } from '../../../../src/lib/spreadsheet/cell-text.ts';

test('cells read as the text Excel shows', () => {
  assert.equal(cellText(20230001), '20230001');
  assert.equal(cellText(0.1 + 0.2), '0.3', 'binary float artefacts past 15 digits are gone');
  assert.equal(cellText(12.5), '12.5');
  assert.equal(cellText(true), 'TRUE');
  assert.equal(cellText(new Date(Date.UTC(2026, 2, 1))), '2026-03-01');
  assert.equal(cellText(new Date(Date.UTC(2026, 2, 1, 14, 30))), '2026-03-01 14:30');
  assert.equal(cellText(' 张三 '), '张三');
  assert.equal(cellText(null), '');
  assert.equal(cellText(Number.NaN), '');
});

test('empty rows below the data are dropped, empty rows inside it stay', () => {
  assert.deepEqual(
    rowsAsText([
      ['姓名', null],
      [null, null],
      ['张三', 1],
      [null, ''],
    ]),
    [
      ['姓名', ''],
      ['', ''],
      ['张三', '1'],
    ],
  );
});
