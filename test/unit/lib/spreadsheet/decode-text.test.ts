import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeText } from '../../../../src/lib/spreadsheet/decode-text.ts';

// 张三,正式党员 in GBK, as Excel on a Chinese Windows saves "CSV (逗号分隔)".
const GBK = new Uint8Array([0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0xd5, 0xfd, 0xca, 0xbd, 0xb5, 0xb3, 0xd4, 0xb1]);

test('UTF-8 with or without a BOM', () => {
  const utf8 = new TextEncoder().encode('张三,正式党员');
  assert.deepEqual(decodeText(utf8), { text: '张三,正式党员', encoding: 'utf-8' });
  assert.deepEqual(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])), {
    text: '张三,正式党员',
    encoding: 'utf-8',
  });
});

test('bytes that are not UTF-8 are read as GB18030', () => {
  assert.deepEqual(decodeText(GBK), { text: '张三,正式党员', encoding: 'gb18030' });
});

test('UTF-16 with a BOM, as "Unicode 文本" is saved', () => {
  const le = new Uint8Array([
    0xff,
    0xfe,
    ...[...'张三\t1'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
  ]);
  assert.deepEqual(decodeText(le), { text: '张三\t1', encoding: 'utf-16le' });
  const be = new Uint8Array([
    0xfe,
    0xff,
    ...[...'李四'].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
  ]);
  assert.deepEqual(decodeText(be), { text: '李四', encoding: 'utf-16be' });
});
