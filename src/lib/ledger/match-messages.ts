/**
 * What the ledger says about each code it could not simply credit, in one place. The reasons a
 * verdict gives come from the verify messages, so /verify/ and the ledger word them alike.
 */
import type { RosterRow } from './roster-types.ts';

export type OutcomeKind =
  | 'matched'
  | 'unmatched'
  | 'ambiguous'
  | 'other-group'
  | 'unverifiable'
  | 'other-year'
  | 'refused'
  | 'damaged'
  | 'unbound'
  | 'superseded'
  | 'already';

export const OUTCOME_LABELS: Record<OutcomeKind, string> = {
  matched: '已计入',
  unmatched: '名单中找不到此人',
  ambiguous: '无法确定是谁',
  'other-group': '其他党员类别',
  unverifiable: '无法核对',
  'other-year': '其他年度',
  refused: '不能认可',
  damaged: '完成码有误',
  unbound: '未绑定姓名',
  superseded: '已有更新的完成码',
  already: '已在台账中',
};

const rowLabel = (row: RosterRow) =>
  `第 ${row.line} 行 ${row.name}${row.number ? `（编号 ${row.number}）` : ''}`;
const rowList = (rows: readonly RosterRow[]) => rows.map(rowLabel).join('、');

export const MATCH_MESSAGES = {
  unbound: (format: string) =>
    `${format}：没有绑定姓名，无法对应到名单中的某一行。请本人在学习记录页填写姓名后重新生成完成码。`,
  unmatched: (group: string) =>
    `名单中没有与完成码绑定的姓名和编号相符的「${group}」。请核对名单中姓名的写法和编号，或把此人加入名单。`,
  ambiguous: (rows: readonly RosterRow[]) =>
    `名单中${rowList(rows)}的姓名和编号对应同一个识别码，无法确定这个完成码属于谁。请为他们分别填写编号，并让本人重新生成完成码。`,
  otherGroup: (group: string, rows: readonly RosterRow[], names: readonly string[]) =>
    `这是「${group}」的完成码，名单中此人（${rowList(rows)}）是「${names.join('、')}」，不能计入。`,
  otherYear: (plan: string, year: number) => `这是${plan}的完成码，本台账是 ${year} 年度，不计入。`,
  superseded: (row: RosterRow, date: string) =>
    `${rowLabel(row)}有更新的完成码（${date}），保留较新的那一个。`,
  replaced: (date: string) => `替换了此人较早的完成码（${date}）。`,
  already: (row: RosterRow) => `这个完成码已经计入${rowLabel(row)}。`,
};
