/**
 * What a yearly plan adds to a schedule: the quarter or month an organizer assigned a required
 * module to, and each quarter's discussion theme (研讨主题) set in advance. An empty plan leaves
 * the schedule to spread modules by 学时 alone.
 */
export interface PlanPeriods {
  /** 1-based quarter of a module code, when assigned. */
  quarterOf(code: string): number | undefined;
  /** 1-based month of a module code, when assigned. */
  monthOf(code: string): number | undefined;
  /** Theme per quarter, index 0 = Q1. */
  themes: readonly (string | undefined)[];
}

export const NO_PLAN_PERIODS: PlanPeriods = {
  quarterOf: () => undefined,
  monthOf: () => undefined,
  themes: [],
};

/** The periods of a plan's required modules (`GroupPlan['required']`) and its themes. */
export function planPeriods(
  required: readonly {
    entry: { data: { code: string } };
    quarter?: number | undefined;
    month?: number | undefined;
  }[],
  themes: readonly (string | undefined)[],
): PlanPeriods {
  const byCode = new Map(required.map((item) => [item.entry.data.code, item]));
  return {
    quarterOf: (code) => byCode.get(code)?.quarter,
    monthOf: (code) => byCode.get(code)?.month,
    themes,
  };
}
