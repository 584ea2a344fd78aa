import type { CycleRow } from './types.ts';

/**
 * The rotation table as text for the terminal (`npm run plan`): one line per group with its
 * required 学时 in each year of the cycle against the yearly requirement.
 */
export function formatCycleTable({ years, rows }: { years: number[]; rows: CycleRow<unknown>[] }): string[] {
  const header = `类别（年度要求）  ${years.map((year) => `${year} 年`).join('  ')}`;
  return [
    header,
    ...rows.map((row) => {
      const cells = row.slices.map(
        (slice) => `${slice.hours} 学时${slice.origin === 'file' ? '（计划文件）' : ''}`,
      );
      const left =
        row.unscheduled.length && years.length > 1
          ? `  另有 ${row.unscheduled.length} 个模块本周期排不下`
          : '';
      return `${row.group.name}（${row.targetHours}）  ${cells.join('  ')}${left}`;
    }),
  ];
}
