/**
 * The organization tree (组织架构) the organizer expects reports from: one row per 支部 with its
 * 集团 and 二级单位, from an .xlsx or .csv (read by src/lib/spreadsheet), or built from the
 * reports themselves when there is no file. Bad rows are named by file and row and left out;
 * reading never throws.
 */
import { readTableFile } from '../spreadsheet/read-table-file.ts';
import type { ReportPlace } from '../reports/report-schema.ts';
import { nameKey, placeInScope, placeKey, type RollupScope } from './scope.ts';

export interface TreeBranch extends ReportPlace {
  /** The row in the file, 1-based as the spreadsheet shows it; 0 when built from reports. */
  line: number;
}

export interface OrgTree {
  /** The file it came from; '' when built from the reports. */
  fileName: string;
  branches: TreeBranch[];
  problems: string[];
}

const COLUMNS = [
  { field: 'company', names: ['集团', '集团公司', '企业', '公司'] },
  { field: 'unit', names: ['二级单位', '单位', '二级单位名称'] },
  { field: 'branch', names: ['支部', '党支部', '支部名称'] },
] as const;
type Field = (typeof COLUMNS)[number]['field'];

const ALLOWED = '允许：每行一个支部，依次为 集团、二级单位、支部 三列，第一行可以是这三个列名。';

function headerColumns(row: readonly string[]): Record<Field, number> | undefined {
  const cells = row.map(nameKey);
  const found = Object.fromEntries(
    COLUMNS.map(({ field, names }) => [field, cells.findIndex((cell) => names.some((n) => n === cell))]),
  ) as Record<Field, number>;
  return found.branch >= 0 ? found : undefined;
}

/** The tree in rows of text (a sheet's first rows may be a header). */
export function parseTreeRows(rows: readonly (readonly string[])[], fileName: string): OrgTree {
  const header = rows[0] ? headerColumns(rows[0]) : undefined;
  const columns = header ?? { company: 0, unit: 1, branch: 2 };
  const problems: string[] = [];
  const branches: TreeBranch[] = [];
  const seen = new Map<string, number>();
  const at = (line: number, text: string) => problems.push(`${fileName} 第 ${line} 行：${text}`);
  if (header && (header.company < 0 || header.unit < 0))
    at(
      1,
      `缺少${header.company < 0 ? '「集团」' : ''}${header.unit < 0 ? '「二级单位」' : ''}列。${ALLOWED}`,
    );
  rows.forEach((row, index) => {
    const line = index + 1;
    if ((header && index === 0) || row.every((cell) => !cell.trim())) return;
    const cell = (field: Field) => (columns[field] >= 0 ? (row[columns[field]] ?? '').trim() : '');
    const place = { company: cell('company'), unit: cell('unit'), branch: cell('branch') };
    const empty = (['company', 'unit', 'branch'] as const).filter((field) => !place[field]);
    if (empty.length) {
      const labels = { company: '集团', unit: '二级单位', branch: '支部' };
      at(line, `${empty.map((field) => labels[field]).join('、')}为空，这一行没有计入。${ALLOWED}`);
      return;
    }
    const key = placeKey(place);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      at(line, `支部「${place.branch}」与第 ${earlier} 行重复，只计一次。`);
      return;
    }
    seen.set(key, line);
    branches.push({ ...place, line });
  });
  if (!branches.length && !problems.length) at(1, `没有找到任何支部。${ALLOWED}`);
  return { fileName, branches, problems };
}

/** Reads an .xlsx or .csv tree file; a file that cannot be read is one problem. */
export async function readTreeFile(bytes: Uint8Array, fileName: string): Promise<OrgTree> {
  const table = await readTableFile(bytes, fileName);
  if ('error' in table) return { fileName, branches: [], problems: [table.error] };
  return parseTreeRows(table.rows, fileName);
}

/** The part of the tree inside the scope. */
export function scopeTree(tree: OrgTree, scope: RollupScope): TreeBranch[] {
  return tree.branches.filter((branch) => placeInScope(branch, scope));
}
