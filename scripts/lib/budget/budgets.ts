/**
 * The page-weight budgets a member's phone is held to (gzip bytes on the wire), and the table
 * the budget check prints. One table owns the limits; the measurement fills every key.
 */
export type Figure =
  | 'firstTotal'
  | 'firstHtml'
  | 'firstScript'
  | 'firstSearchEngine'
  | 'repeatTotal'
  | 'searchTotal'
  | 'ledgerTotal';

const KB = 1024;

export const BUDGETS = {
  firstTotal: { label: '首次访问课程页：合计', limit: 40 * KB },
  firstHtml: { label: '首次访问课程页：HTML', limit: 8 * KB },
  firstScript: { label: '首次访问课程页：交互前的 JavaScript', limit: 15 * KB },
  // Pagefind's files, the service worker's included, until it has installed: a member who
  // reads and never searches downloads none of them.
  firstSearchEngine: { label: '首次访问课程页（未搜索）：搜索引擎', limit: 0 },
  repeatTotal: { label: '再打开另一个课程页：合计', limit: 10 * KB },
  searchTotal: { label: '第一次搜索：合计', limit: 120 * KB },
  // Issue 17: HTML, CSS, JS and branch/data.json; not the lazy spreadsheet and camera code.
  ledgerTotal: { label: '首次访问支部学习台账：合计', limit: 60 * KB },
} satisfies Record<Figure, { label: string; limit: number }>;

export type Figures = Record<Figure, number>;

export interface BudgetRow {
  figure: Figure;
  label: string;
  bytes: number;
  limit: number;
  ok: boolean;
}

export function checkBudgets(figures: Figures): BudgetRow[] {
  return (Object.keys(BUDGETS) as Figure[]).map((figure) => ({
    figure,
    ...BUDGETS[figure],
    bytes: figures[figure],
    ok: figures[figure] <= BUDGETS[figure].limit,
  }));
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** Terminal columns: CJK characters take two. */
const columns = (text: string) =>
  [...text].reduce((n, char) => n + (/[\u2e80-\uffff]/.test(char) ? 2 : 1), 0);

export function formatBudgetTable(rows: readonly BudgetRow[], notes: readonly string[] = []): string {
  const width = Math.max(...rows.map((row) => columns(row.label))) + 2;
  const lines = rows.map(
    (row) =>
      `${row.ok ? '✓' : '✗'} ${row.label}${' '.repeat(width - columns(row.label))}${kb(row.bytes).padStart(9)} / ${kb(row.limit).padStart(8)}`,
  );
  return [...lines, ...notes.map((note) => `  ${note}`)].join('\n');
}
