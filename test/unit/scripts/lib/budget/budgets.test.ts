import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkBudgets, formatBudgetTable } from '../../../../../scripts/lib/budget/budgets.ts';

const KB = 1024;

describe('checkBudgets', () => {
  test('a figure over its budget fails and the table marks it, with figure and budget in KB', () => {
    const rows = checkBudgets({
      firstTotal: 31 * KB,
      firstHtml: 9.3 * KB,
      firstScript: 8 * KB,
      repeatTotal: 10 * KB,
      searchTotal: 45 * KB,
    });
    assert.deepEqual(
      rows.filter((row) => !row.ok).map((row) => row.figure),
      ['firstHtml'],
    );
    const table = formatBudgetTable(rows);
    assert.match(table, /✗ 首次访问课程页：HTML\s+9\.3 KB \/\s+8\.0 KB/);
    assert.match(table, /✓ 再打开另一个课程页：合计\s+10\.0 KB \/\s+10\.0 KB/);
  });
});
