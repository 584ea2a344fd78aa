/**
 * One pass over roster rows: each field against what the ledger allows, then duplicates by
 * person key, the value a completion code carries. Two rows with one key cannot be told apart
 * by a code, so both row numbers are named and the secretary adds a 编号 or removes one.
 */
import { MEMBER_NUMBER_MAX, normalisePersonPart, personKey } from '../progress/person-key.ts';
import { createGroupMatcher, type LedgerGroup } from './groups.ts';
import { COLUMN_LABELS, type RosterColumn } from './roster-columns.ts';
import type { Roster, RosterProblem, RosterRow } from './roster-types.ts';

/** The longest name or 党小组 the ledger keeps; longer text is a pasting slip. */
export const TEXT_MAX = 32;

export function checkRoster(
  input: readonly Omit<RosterRow, 'groupId'>[],
  groups: readonly LedgerGroup[],
): Roster {
  const matcher = createGroupMatcher(groups);
  const problems: RosterProblem[] = [];
  const report = (row: Omit<RosterRow, 'groupId'>, column: RosterColumn, what: string, allowed: string) =>
    problems.push({
      rowId: row.id,
      line: row.line,
      column,
      message: `第 ${row.line} 行 ${COLUMN_LABELS[column]}${what}，允许：${allowed}`,
    });
  const rows = input.map((row) => {
    const group = row.group && matcher.find(row.group);
    if (!row.name) report(row, 'name', '为空', `成员的姓名（1–${TEXT_MAX} 个字）`);
    else if (row.name.length > TEXT_MAX)
      report(
        row,
        'name',
        `「${row.name.slice(0, 12)}…」太长（${row.name.length} 个字）`,
        `最多 ${TEXT_MAX} 个字`,
      );
    if (!row.group) report(row, 'group', '为空', matcher.allowed);
    else if (!group) report(row, 'group', `「${row.group}」不认识`, matcher.allowed);
    if (normalisePersonPart(row.number).length > MEMBER_NUMBER_MAX)
      report(
        row,
        'number',
        `「${row.number}」太长`,
        `最多 ${MEMBER_NUMBER_MAX} 个字符的党员编号或工号，也可以不填`,
      );
    if (row.team.length > TEXT_MAX)
      report(row, 'team', `「${row.team.slice(0, 12)}…」太长`, `最多 ${TEXT_MAX} 个字，也可以不填`);
    // Built field by field, so that a row without a group has no `groupId` key at all and the
    // ledger survives a JSON round trip unchanged.
    const checked: RosterRow = {
      id: row.id,
      line: row.line,
      name: row.name,
      group: row.group,
      number: row.number,
      team: row.team,
    };
    if (group) checked.groupId = group.id;
    return checked;
  });
  problems.push(...findDuplicates(rows));
  problems.sort((a, b) => a.line - b.line);
  return { rows, problems };
}

const who = (row: RosterRow) => `${row.name}${row.number ? `，编号 ${row.number}` : '，无编号'}`;
const same = (a: RosterRow, b: RosterRow) =>
  normalisePersonPart(a.name) === normalisePersonPart(b.name) &&
  normalisePersonPart(a.number) === normalisePersonPart(b.number);

function findDuplicates(rows: readonly RosterRow[]): RosterProblem[] {
  const first = new Map<number, RosterRow>();
  const problems: RosterProblem[] = [];
  for (const row of rows) {
    if (!row.name) continue;
    const key = personKey(row.name, row.number);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, row);
      continue;
    }
    const what = same(earlier, row)
      ? `与第 ${earlier.line} 行重复（${who(row)}）：完成码无法区分这两行`
      : `与第 ${earlier.line} 行（${who(earlier)}）的识别码碰巧相同：完成码无法区分这两行`;
    problems.push({
      rowId: row.id,
      line: row.line,
      column: 'name',
      message: `第 ${row.line} 行 姓名${what}，允许：删除重复的一行，或为同名的人分别填写编号`,
    });
  }
  return problems;
}
