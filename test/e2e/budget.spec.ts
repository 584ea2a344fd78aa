import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { runBudget } from '../../scripts/lib/budget/run-budget.ts';
import { projectRoot } from '../helpers/content.ts';

// The page-weight budgets (scripts/lib/budget/budgets.ts) as part of `npm test`: the built site
// served with gzip, a phone-sized page, every figure printed against its budget.
test('a member’s phone downloads no more than the budgets allow', async ({ browser }) => {
  test.setTimeout(120_000);
  const report = await runBudget(browser, join(projectRoot, 'dist'), '/', '党员');
  console.log(`页面体积预算（gzip 传输字节）：\n${report.table}`);
  expect(report.rows.filter((row) => !row.ok).map((row) => row.label)).toEqual([]);
});
