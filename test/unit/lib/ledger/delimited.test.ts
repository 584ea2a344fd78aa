import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectSeparator, parseDelimited } from '../../../../src/lib/ledger/delimited.ts';

test('tab-separated text from Excel gives one record per line, numbered like the sheet', () => {
  const records = parseDelimited('姓名\t党员类别\n张三\t普通党员\n');
  assert.deepEqual(records, [
    { row: 1, fields: ['姓名', '党员类别'] },
    { row: 2, fields: ['张三', '普通党员'] },
  ]);
});

test('CSV with a BOM, CRLF, quoted commas, quotes and line breaks inside quotes', () => {
  const text = '\uFEFF姓名,备注\r\n"李,四","说""好""的"\r\n"王\n五",x';
  assert.equal(detectSeparator(text), ',');
  assert.deepEqual(
    parseDelimited(text).map((r) => r.fields),
    [
      ['姓名', '备注'],
      ['李,四', '说"好"的'],
      ['王\n五', 'x'],
    ],
  );
});

test('an unclosed quote runs to the end instead of throwing', () => {
  assert.deepEqual(
    parseDelimited('"张三,普通党员\n李四').map((r) => r.fields),
    [['张三,普通党员\n李四']],
  );
});
