/**
 * Every table of the rollup, in the workbook's order (汇总, 分单位, 分类别, 未报送, 旧版计划, 列席,
 * 培训评估, 需求调研): the page shows these same sheets and the .xlsx writes them (writeWorkbook),
 * so screen and file cannot disagree.
 */
import type { TableSheet } from '../spreadsheet/types.ts';
import { evaluationSheet, surveySheet, visitsSheet } from './evaluation-sheets.ts';
import type { InputVerdicts } from './inputs.ts';
import { currentVersions, type RollupPageData } from './page-data.ts';
import type { Rollup } from './rollup.ts';
import { scopeName } from './scope.ts';
import { groupsSheet, missingSheet, oldPlansSheet, summarySheet, unitsSheet } from './summary-sheets.ts';

export function rollupSheets(rollup: Rollup, verdicts: InputVerdicts, data: RollupPageData): TableSheet[] {
  return [
    summarySheet(rollup, verdicts),
    unitsSheet(rollup),
    groupsSheet(rollup, currentVersions(data, rollup.scope.year)),
    missingSheet(rollup),
    oldPlansSheet(rollup),
    visitsSheet(rollup),
    evaluationSheet(rollup, data),
    surveySheet(rollup, data),
  ];
}

const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;

/** `组织部汇总-<单位>-<年度>.xlsx` */
export function rollupFileName(rollup: Rollup, extension: string): string {
  const name = scopeName(rollup.scope).replace(UNSAFE, '_').trim().slice(0, 40) || '未命名';
  return `组织部汇总-${name}-${rollup.scope.year}.${extension}`;
}
