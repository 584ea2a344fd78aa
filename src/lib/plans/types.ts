// What a yearly study plan (年度学习计划) looks like once resolved against the curriculum: the shape
// every page, schedule, pack and completion code reads. Pure types; the logic lives beside them.
import type { Group } from '../../schemas/taxonomy.ts';

/** Where a group's plan for a year came from. */
export type PlanOrigin =
  /** Written by an organizer (content/plans/<year>.yaml, usually started by `npm run plan`). */
  | 'file'
  /** Proposed by the default rule because no plan file names the group for that year. */
  | 'default';

/** One required (必修) module of a plan, with the period an organizer assigned it to, if any. */
export interface RequiredModule<T> {
  entry: T;
  /** Quarter 1–4 the module is assigned to; when only `month` is given, the month's quarter. */
  quarter?: number | undefined;
  /** Month 1–12 the module is assigned to. */
  month?: number | undefined;
}

/** Where a plan year sits in the rotation (三年轮训第 index 年). */
export interface CycleYear {
  /** Length of the rotation in years (`rotation.years` in content/settings.yaml), 1–5. */
  years: number;
  /** First year of the cycle that contains the plan year. */
  startYear: number;
  /** 1-based year within the cycle: 1 … `years`. */
  index: number;
}

/** One group's plan for one year. `T` is a module entry (`{ data: ModuleFrontmatter }`), passed through untouched. */
export interface GroupPlan<T> {
  group: Group;
  /** The plan year, e.g. 2027. */
  year: number;
  origin: PlanOrigin;
  cycle: CycleYear;
  /** 必修: the modules that count toward the yearly requirement, in study order. */
  required: RequiredModule<T>[];
  /** 选修: the group's other published modules (or, in a plan file, the ones it lists), in curriculum order. */
  electives: T[];
  /** Sum of the required modules' 学时 (rounded, see `src/lib/modules/hours.ts`). */
  requiredHours: number;
  /** The group's yearly requirement (`requiredHours` in groups.yaml). */
  targetHours: number;
  /** 学时 still missing to reach `targetHours`; 0 when it is reached. */
  shortfall: number;
  /** 研讨主题 per quarter, index 0 = Q1; undefined where the plan sets none. */
  themes: (string | undefined)[];
  /**
   * Short fingerprint of the year and the required codes in order, e.g. `2027-4F2A`; changes
   * whenever the required set or its order changes, so a completion code can name its plan.
   */
  version: string;
}

/** One cell of the rotation table: a group's required 学时 in one year of the cycle. */
export interface CycleSlice<T> {
  year: number;
  origin: PlanOrigin;
  modules: T[];
  hours: number;
}

/** One row of the rotation table (group × year): how the group's library is spread over the cycle. */
export interface CycleRow<T> {
  group: Group;
  targetHours: number;
  /** One slice per year of the cycle, in year order. */
  slices: CycleSlice<T>[];
  /** Published modules of the group that no year of the cycle requires (the library outgrew the cycle). */
  unscheduled: T[];
}
