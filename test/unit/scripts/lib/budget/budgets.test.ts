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
      firstSearchEngine: 0,
      repeatTotal: 10 * KB,
      searchTotal: 45 * KB,
      ledgerTotal: 61 * KB,
    });
    assert.deepEqual(
      rows.filter((row) => !row.ok).map((row) => row.figure),
      ['firstHtml', 'ledgerTotal'],
    );
    const table = formatBudgetTable(rows);
    assert.match(table, /✗ 首次访问支部学习台账：合计\s+61\.0 KB \/\s+60\.0 KB/);
    assert.match(table, /✗ 首次访问课程页：HTML\s+9\.3 KB \/\s+8\.0 KB/);
    assert.match(table, /✓ 再打开另一个课程页：合计\s+10\.0 KB \/\s+10\.0 KB/);
  });

  test('the search engine before any search has a budget of 0: one byte fails', () => {
    const figures = {
      firstTotal: 20 * KB,
      firstHtml: 7 * KB,
      firstScript: 8 * KB,
      repeatTotal: 7 * KB,
      searchTotal: 90 * KB,
      ledgerTotal: 50 * KB,
    };
    const none = checkBudgets({ ...figures, firstSearchEngine: 0 });
    assert.ok(none.every((row) => row.ok));
    assert.match(formatBudgetTable(none), /✓ 首次访问课程页（未搜索）：搜索引擎\s+0\.0 KB \/\s+0\.0 KB/);
    const some = checkBudgets({ ...figures, firstSearchEngine: 1 });
    assert.deepEqual(
      some.filter((row) => !row.ok).map((row) => row.figure),
      ['firstSearchEngine'],
    );
  });
});
