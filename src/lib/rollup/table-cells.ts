/**
 * The figures of one row of the rollup's tables, shared by the screen, the workbook and the
 * printed 上报表 so that they always show the same numbers: 参学率 is 参学人数 / 人数, 达标率
 * 达标人数 / 人数, 人均学时 总学时 / 人数, percentages with one decimal.
 */
import { roundHours } from '../modules/hours.ts';
import type { ReportFigures, ReportGroup } from '../reports/report-schema.ts';
import type { TableColumn } from '../spreadsheet/types.ts';

/** Percent with one decimal, or '' when there is nothing to divide by. */
export function percent(part: number, whole: number): number | '' {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : '';
}

export const text = (header: string): TableColumn => ({ header, kind: 'text' });
export const number = (header: string): TableColumn => ({ header, kind: 'number' });

interface Counts {
  members: number;
  participants: number;
  reached: number;
  attendances: number;
  hours: ReportGroup['hours'];
}

/** Sums over the groups: a report's 人数 and the rest are per group. */
export function countsOf(figures: ReportFigures): Counts {
  const sum = (field: 'members' | 'participants' | 'reached' | 'attendances') =>
    figures.groups.reduce((total, group) => total + group[field], 0);
  return {
    members: sum('members'),
    participants: sum('participants'),
    reached: sum('reached'),
    attendances: sum('attendances'),
    hours: figures.hours,
  };
}

export const COUNT_COLUMNS: TableColumn[] = [
  number('人数'),
  number('参学人数'),
  number('参学率（%）'),
  number('达标人数'),
  number('达标率（%）'),
  number('人次'),
  number('集中学时'),
  number('自学学时'),
  number('总学时'),
  number('人均学时'),
];

export function countCells(counts: Counts): (number | '')[] {
  const { members, participants, reached, attendances, hours } = counts;
  return [
    members,
    participants,
    percent(participants, members),
    reached,
    percent(reached, members),
    attendances,
    hours.concentrated,
    hours.selfStudy,
    hours.total,
    members > 0 ? roundHours(hours.total / members) : '',
  ];
}
