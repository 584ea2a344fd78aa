/** The roster's shapes, apart from the code that fills them so checks and edits can share them. */
import type { RosterColumn } from './roster-columns.ts';

export interface RosterRow {
  /** Stable id (`r1`, `r2` …): attendance and codes refer to it, so edits never renumber. */
  id: string;
  /** The row number the secretary knows the row by: its row in the pasted sheet, or the next one when added. */
  line: number;
  name: string;
  /** 党员类别 as typed. */
  group: string;
  /** The group `group` names; undefined when it names none (a problem says so). */
  groupId?: string | undefined;
  /** 党员编号 or 工号; empty when none. */
  number: string;
  /** 党小组 or 批次; empty when none. */
  team: string;
}

export interface RosterProblem {
  rowId: string;
  line: number;
  column: RosterColumn;
  /** The whole sentence: 第 N 行 列 what is wrong，允许：… */
  message: string;
}

export interface Roster {
  rows: RosterRow[];
  problems: RosterProblem[];
}
