// The table `npm run bench:search` prints: KB per first query, by kind of Pagefind file.
import { needsSimplifying } from '../../src/lib/search/traditional-query.ts';
import type { QueryTransfer, TransferredFile } from './search-transfer.ts';

/** Issue 12: the first query on a phone transfers at most this much from /pagefind/. */
export const FIRST_QUERY_BUDGET_KB = 150;

const KINDS = {
  JS: (file: string) => file.endsWith('.js') || file.endsWith('.json'),
  wasm: (file: string) => file.startsWith('wasm.'),
  meta: (file: string) => file.endsWith('.pf_meta'),
  index: (file: string) => file.startsWith('index/'),
  fragments: (file: string) => file.startsWith('fragment/'),
} satisfies Record<string, (file: string) => boolean>;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function servedKb(files: TransferredFile[], test: (file: string) => boolean): number {
  return files.filter(({ file }) => test(file)).reduce((sum, { servedBytes }) => sum + servedBytes, 0) / 1024;
}

/**
 * One row per query: KB served per kind of file, the first query's total and its verdict, then
 * what opening 筛选 adds (the filter lists, which the search box loads only then).
 */
export function formatTransfers(modules: number, transfers: readonly QueryTransfer[]): string {
  const header = ['query', 'results', ...Object.keys(KINDS), 'total', 'target', 'opening 筛选 adds'];
  const rows = transfers.map(({ query, results, files, servedBytes, filterFiles }) => {
    const total = servedBytes / 1024;
    return [
      query,
      String(results),
      ...Object.values(KINDS).map((test) => servedKb(files, test).toFixed(1)),
      total.toFixed(1),
      total <= FIRST_QUERY_BUDGET_KB ? `≤ ${FIRST_QUERY_BUDGET_KB} ✓` : `> ${FIRST_QUERY_BUDGET_KB} ✗`,
      servedKb(filterFiles, () => true).toFixed(1),
    ];
  });
  const lines = [header, ['---'].concat(header.slice(1).map(() => '---')), ...rows].map(
    (cells) => `| ${cells.join(' | ')} |`,
  );
  const stored = Math.max(...transfers.map(({ bytes }) => bytes));
  // A query in traditional characters also loads the converter (from /_astro/, like the box).
  const traditional = transfers.filter(({ query }) => needsSimplifying(query));
  const simplified = transfers.filter((transfer) => !traditional.includes(transfer));
  const searchBox = Math.max(...simplified.map(({ searchBoxServedBytes }) => searchBoxServedBytes));
  return [
    `First search on a phone, N = ${modules} modules: KB from /pagefind/ as served with gzip`,
    `(Pagefind stores its index files gzipped; at most ${kb(stored)} KB as stored):`,
    ...lines,
    `The search box's own code and styles, loaded when search opens: ${kb(searchBox)} KB.`,
    ...traditional.map(
      ({ query, servedBytes, searchBoxServedBytes }) =>
        `A query in traditional characters (${query}) also loads the converter: ` +
        `+${kb(searchBoxServedBytes - searchBox)} KB, ${kb(servedBytes + searchBoxServedBytes)} KB in all with the search box.`,
    ),
  ].join('\n');
}
