/**
 * The plans, sessions and published paths the ledger page reads (`branch/data.json`), fetched
 * once however many panels ask. The service worker precaches the file, so it answers offline too.
 */
import type { LedgerPageData } from '../../../lib/ledger/page-data.ts';
import { routes } from '../../../site-routes.ts';

let loading: Promise<LedgerPageData> | undefined;

export function loadPageData(): Promise<LedgerPageData> {
  loading ??= fetch(routes.branchData()).then(async (response) => {
    if (!response.ok) throw new Error(`${response.status}`);
    return (await response.json()) as LedgerPageData;
  });
  // A failed fetch (offline before the first visit) is tried again next time.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Said when the page cannot start: the data or the browser's storage is missing. */
export const PAGE_DATA_FAILED = '无法读取本站的学习计划。请联网后刷新页面；打开过一次之后，断网也能使用。';
export const STORAGE_FAILED =
  '这个浏览器不能保存台账：可能开启了无痕（隐私）模式，或禁止了网站存储。请换用普通模式或其他浏览器。';
