import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columnWidths, displayWidth } from '../../../../src/lib/spreadsheet/column-width.ts';

test('a Chinese character is two digits wide', () => {
  assert.equal(displayWidth('张三'), 4);
  assert.equal(displayWidth('A01'), 3);
  assert.equal(displayWidth('（一）'), 6);
});

test('widths follow the header and the widest cell, within bounds, unless given', () => {
  const widths = columnWidths(
    [
      { header: '姓名', kind: 'text' },
      { header: '学时', kind: 'number' },
      { header: '备注', kind: 'text', width: 30 },
      { header: '说明', kind: 'text' },
    ],
    [
      ['欧阳娜娜', 12.5, '', 'x'.repeat(100)],
      ['张三', 3],
    ],
  );
  assert.deepEqual(widths, [10, 6, 30, 60]);
});
