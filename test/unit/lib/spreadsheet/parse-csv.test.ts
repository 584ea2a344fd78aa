import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectSeparator, parseCsv } from '../../../../src/lib/spreadsheet/parse-csv.ts';

test('quoted fields keep separators, doubled quotes and line breaks', () => {
  const text = '姓名,备注\r\n"张三","说""好的"", 明天"\r\n"李四","第一行\r\n第二行"\r\n';
  assert.deepEqual(parseCsv(text), [
    ['姓名', '备注'],
    ['张三', '说"好的", 明天'],
    ['李四', '第一行\r\n第二行'],
  ]);
});

test('CRLF, LF and a lone CR all end a record; the last line needs no line end', () => {
  assert.deepEqual(parseCsv('a,b\r\nc,d\ne,f\rg,h'), [
    ['a', 'b'],
    ['c', 'd'],
    ['e', 'f'],
    ['g', 'h'],
  ]);
});

test('empty fields and empty lines stay where they are', () => {
  assert.deepEqual(parseCsv('a,,c\n\n,"",\n'), [['a', '', 'c'], [''], ['', '', '']]);
});

test('tabs separate when the first record has more tabs than commas', () => {
  assert.equal(detectSeparator('姓名\t备注\n张三\t1,2'), '\t');
  assert.equal(detectSeparator('"a\tb",c\nd'), ',', 'a tab inside quotes does not count');
  assert.deepEqual(parseCsv('姓名\t备注\n张三\t1,2\n'), [
    ['姓名', '备注'],
    ['张三', '1,2'],
  ]);
});

test('lenient like Excel: an unclosed quote runs to the end, text after a closing quote stays', () => {
  assert.deepEqual(parseCsv('"abc,def\nghi'), [['abc,def\nghi']]);
  assert.deepEqual(parseCsv('"ab"c,d'), [['abc', 'd']]);
  assert.deepEqual(parseCsv('a"b,c'), [['a"b', 'c']], 'a quote inside an unquoted field is text');
});
