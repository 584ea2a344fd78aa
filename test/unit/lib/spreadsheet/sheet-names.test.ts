import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeSheetNames } from '../../../../src/lib/spreadsheet/sheet-names.ts';

test('forbidden characters become _, quotes at the ends go, empty names get a number', () => {
  assert.deepEqual(safeSheetNames(['第一/二季度[集中学习]?', "'汇总'", '  ']), [
    '第一_二季度_集中学习__',
    '汇总',
    '工作表3',
  ]);
});

test('names are cut to 31 characters without splitting a character', () => {
  const long = '中国共产党某某市某某区某某街道某某社区第一党支部第二党小组学习台账';
  const [name] = safeSheetNames([long]);
  assert.equal(name, long.slice(0, 31));
  const [emoji] = safeSheetNames(['a'.repeat(30) + '😀']);
  assert.equal(emoji, 'a'.repeat(30), 'a surrogate pair that does not fit is left out whole');
});

test("repeated names, ignoring case, and Excel's reserved History are numbered", () => {
  assert.deepEqual(safeSheetNames(['名单', '名单', 'Sheet', 'sheet', 'History']), [
    '名单',
    '名单 (2)',
    'Sheet',
    'sheet (2)',
    'History (2)',
  ]);
  const [, second] = safeSheetNames(['x'.repeat(40), 'x'.repeat(40)]);
  assert.equal(second, `${'x'.repeat(27)} (2)`);
  assert.equal(second?.length, 31);
});
