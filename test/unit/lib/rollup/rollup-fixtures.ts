/** Synthetic reports for the rollup's tests: the same generator as `npm run synth -- --reports`. */
import { generateSyntheticReports, type SynthReports } from '../../../../scripts/lib/synthetic-reports.ts';
import { serialiseReportFile } from '../../../../src/lib/reports/report-file.ts';
import type { InputFile } from '../../../../src/lib/rollup/inputs.ts';
import type { RollupScope } from '../../../../src/lib/rollup/scope.ts';
import { DEFAULT_VISIT_TARGETS } from '../../../../src/lib/rollup/visits.ts';

const made = new Map<number, Promise<SynthReports>>();

/** `count` reports of seed 7, made once per count for all the tests of a file. */
export function synthetic(count: number): Promise<SynthReports> {
  if (!made.has(count)) made.set(count, generateSyntheticReports({ count, seed: 7 }));
  return made.get(count)!;
}

export const files = (synth: SynthReports): InputFile[] =>
  synth.reports.map((report) => ({
    fileName: `支部上报文件-${report.place.branch}-${report.year}.json`,
    text: serialiseReportFile(report),
  }));

export const companyScope = (year = 2027): RollupScope => ({
  level: 'company',
  year,
  company: '模拟集团',
  unit: '',
  name: '',
});

export const unitScope = (unit: string, year = 2027): RollupScope => ({
  level: 'unit',
  year,
  company: '模拟集团',
  unit,
  name: '',
});

export const targets = DEFAULT_VISIT_TARGETS;
