/**
 * Who rolls up (组织部汇总): a 二级单位, a 集团 or a level above (e.g. 国资委), for one year. The
 * scope decides which files belong (below it, inside its organization), what a row of the
 * 分单位 table is (the level just below the scope), and which 列席 targets apply. Names are
 * compared after NFKC and without spaces, because secretaries type them by hand.
 */
import { REPORT_LEVEL_LABELS, type ReportLevel, type ReportPlace } from '../reports/report-schema.ts';

export const ROLLUP_LEVELS = ['unit', 'company', 'above'] as const;
export type RollupLevel = (typeof ROLLUP_LEVELS)[number];

export const ROLLUP_LEVEL_LABELS: Record<RollupLevel, string> = {
  unit: '二级单位',
  company: '集团',
  above: '上级党组织',
};

export interface RollupScope {
  level: RollupLevel;
  year: number;
  /** The 集团 (required for 二级单位 and 集团). */
  company: string;
  /** The 二级单位 (required for 二级单位). */
  unit: string;
  /** The organizer's own name at level 'above', e.g. 某省国资委党委. */
  name: string;
}

/** Rank of a level from a branch up: files come from a rank below the scope's. */
export const LEVEL_RANK: Record<ReportLevel | 'above', number> = { branch: 0, unit: 1, company: 2, above: 3 };

/** Names in the order a Chinese reader expects (pinyin); one collator, made once, is fast. */
export const compareNames = new Intl.Collator('zh-CN').compare;

/** The key two spellings of one name share: NFKC, no whitespace. */
export const nameKey = (name: string) => name.normalize('NFKC').replace(/\s+/gu, '');

export const placeKey = (place: ReportPlace) =>
  [place.company, place.unit, place.branch].map(nameKey).join('\u0000');

export const placeLabel = (place: ReportPlace) =>
  [place.company, place.unit, place.branch].filter(Boolean).join(' / ');

/** The organizer's own name, as files and headings show it. */
export function scopeName(scope: RollupScope): string {
  return scope.level === 'unit' ? scope.unit : scope.level === 'company' ? scope.company : scope.name;
}

/** What the scope still lacks before anything can be rolled up, in Chinese; empty when ready. */
export function scopeProblems(scope: RollupScope): string[] {
  const problems: string[] = [];
  if (scope.level !== 'above' && !scope.company.trim()) problems.push('请填写所属集团的名称。');
  if (scope.level === 'unit' && !scope.unit.trim()) problems.push('请填写本二级单位的名称。');
  if (scope.level === 'above' && !scope.name.trim()) problems.push('请填写本级党组织的名称。');
  if (!Number.isInteger(scope.year) || scope.year < 2000 || scope.year > 2255)
    problems.push('年度应为 2000 到 2255 之间的整数。');
  return problems;
}

/** Whether a place lies inside the scope's organization (every place does for 'above'). */
export function placeInScope(place: ReportPlace, scope: RollupScope): boolean {
  if (scope.level === 'above') return true;
  if (nameKey(place.company) !== nameKey(scope.company)) return false;
  return scope.level === 'company' || nameKey(place.unit) === nameKey(scope.unit);
}

/** The row a place is counted under: 支部 for a 二级单位, 二级单位 for a 集团, 集团 above. */
export function childName(place: ReportPlace, scope: RollupScope): string {
  return scope.level === 'unit' ? place.branch : scope.level === 'company' ? place.unit : place.company;
}

/** The level the rows of the 分单位 table are at. */
export const CHILD_LABELS: Record<RollupLevel, string> = {
  unit: REPORT_LEVEL_LABELS.branch,
  company: REPORT_LEVEL_LABELS.unit,
  above: REPORT_LEVEL_LABELS.company,
};
