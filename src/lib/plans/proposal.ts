import type { ModuleFrontmatter } from '../../schemas/module.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { GroupPlan } from './types.ts';

/**
 * A plan file's content written out from resolved plans: every group with its required codes in
 * study order (with any quarter or month). Electives are left out, so every other module of the
 * group is one, including modules written later. Themes carry over from `themes` (a year's
 * existing file).
 */
export function planFromGroupPlans<T extends { data: ModuleFrontmatter }>(
  plans: readonly GroupPlan<T>[],
  themes: Plan['themes'] = [],
): Plan {
  const groups = Object.fromEntries(
    plans.map((plan) => [
      plan.group.id,
      {
        required: plan.required.map(({ entry, quarter, month }) => {
          const code = entry.data.code;
          if (month !== undefined) return { code, month };
          return quarter !== undefined ? { code, quarter } : code;
        }),
      },
    ]),
  );
  return { themes, groups };
}
