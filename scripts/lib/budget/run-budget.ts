import type { Browser } from 'playwright-core';
import { checkBudgets, formatBudgetTable, type BudgetRow } from './budgets.ts';
import { startGzipServer } from './gzip-server.ts';
import { measure } from './measure.ts';
import { measureLedger } from './measure-ledger.ts';
import { pickModulePages } from './pick-modules.ts';

export interface BudgetReport {
  rows: BudgetRow[];
  table: string;
  ok: boolean;
}

/** Serves a built site with gzip, measures it on a phone-sized page and checks every budget. */
export async function runBudget(
  browser: Browser,
  outDir: string,
  base: string,
  query: string,
): Promise<BudgetReport> {
  const server = await startGzipServer(outDir, base);
  try {
    const modules = pickModulePages(outDir, base.replace(/\/?$/, '/'));
    const result = await measure(browser, { origin: server.origin, modules, query });
    const ledger = await measureLedger(browser, server.origin, base);
    const rows = checkBudgets({ ...result.figures, ledgerTotal: ledger.bytes });
    const notes = [
      `课程页：${modules[0]}（首次，${result.firstRequests} 个请求）→ ${modules[1]}（再次）；搜索「${query}」`,
      `支部学习台账：首次访问 ${ledger.requests} 个请求（不含打开文件和摄像头时才加载的代码）`,
      `另：首次访问后 Service Worker 在后台预缓存 ${(result.precache / 1024).toFixed(1)} KB（离线外壳，不计入首次访问）`,
    ];
    return { rows, table: formatBudgetTable(rows, notes), ok: rows.every((row) => row.ok) };
  } finally {
    await server.close();
  }
}
