/**
 * The roster's columns and how a pasted table names them. A header row is recognised by its
 * names, so a real roster with extra columns (序号, 性别, 备注) pastes as it is; without a header
 * the columns are taken in the order 姓名, 党员类别, 编号, 党小组/批次.
 */
import { normaliseGroupText } from './groups.ts';

export type RosterColumn = 'name' | 'group' | 'number' | 'team';

export const COLUMN_LABELS: Record<RosterColumn, string> = {
  name: '姓名',
  group: '党员类别',
  number: '编号',
  team: '党小组/批次',
};

// 序号 is deliberately absent: it numbers the sheet's rows, not the members.
const HEADER_NAMES: Record<RosterColumn, string[]> = {
  name: ['姓名', '名字', '党员姓名', '成员姓名', 'name'],
  group: ['党员类别', '类别', '人员类别', '党员类型', '类型', 'group'],
  number: ['编号', '党员编号', '工号', '员工编号', '人员编号', 'number'],
  team: ['党小组', '小组', '批次', '党小组/批次', '党小组或批次', '分组', '所在党小组', 'team', 'batch'],
};

/** Field index of each column; a column left out is absent. */
export type ColumnMap = Partial<Record<RosterColumn, number>>;

/** The columns a header row names, or undefined when the row is data (it names no 姓名 column). */
export function readHeader(fields: readonly string[]): ColumnMap | undefined {
  const map: ColumnMap = {};
  fields.forEach((field, index) => {
    const text = normaliseGroupText(field);
    for (const column of Object.keys(HEADER_NAMES) as RosterColumn[])
      if (map[column] === undefined && HEADER_NAMES[column].includes(text)) map[column] = index;
  });
  return map.name !== undefined && Object.keys(map).length >= 2 ? map : undefined;
}

const NUMBER_LIKE = /^[\p{L}\p{N}-]{0,12}$/u;

/**
 * Columns of a table without a header: 姓名, 党员类别, then 编号 and 党小组/批次. With only three
 * columns the third is read as 编号 when every value looks like one (short, letters and digits).
 */
export function positionalColumns(records: readonly (readonly string[])[]): ColumnMap {
  const width = Math.max(0, ...records.map((fields) => fields.length));
  if (width >= 4) return { name: 0, group: 1, number: 2, team: 3 };
  if (width < 3) return { name: 0, group: 1 };
  const third = records.map((fields) => (fields[2] ?? '').normalize('NFKC').trim());
  const numbers = third.every((value) => NUMBER_LIKE.test(value) && !/^\p{Script=Han}+$/u.test(value));
  return numbers ? { name: 0, group: 1, number: 2 } : { name: 0, group: 1, team: 2 };
}
