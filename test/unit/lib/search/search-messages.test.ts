import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchMessage } from '../../../../src/lib/search/search-messages.ts';

test('the status line says what is being searched, then how many results it found', () => {
  assert.equal(searchMessage('三会一课'), '正在搜索 三会一课……');
  assert.equal(searchMessage('三会一课', 12), '找到 12 条与 三会一课 相关的结果');
  assert.equal(searchMessage('湘钢', 1), '找到 1 条与 湘钢 相关的结果');
  assert.equal(searchMessage('湘钢', 0), '未找到与 湘钢 相关的课程');
});
