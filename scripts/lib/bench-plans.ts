// The plan-size part of `npm run bench`: with N synthetic modules, is every group's required set
// bounded by its yearly requirement rather than by the library? Pure and fast: plans are computed
// from the generated frontmatter, no build needed.
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content/files/frontmatter.ts';
import { sumHours } from '../../src/lib/modules/hours.ts';
import { resolvePlans } from '../../src/lib/plans/resolve.ts';
import { ModuleSchema } from '../../src/schemas/module.ts';
import type { Settings } from '../../src/schemas/settings.ts';
import type { Taxonomy } from '../../src/schemas/taxonomy-kinds.ts';
import type { SyntheticFile } from './synthetic-curriculum.ts';

export interface PlanBound {
  n: number;
  group: string;
  /** 学时 of every published module of the group: what a path used to hold. */
  libraryHours: number;
  requiredHours: number;
  /** The bound [target, target + the group's largest module]. */
  low: number;
  high: number;
  within: boolean;
}

/** Each group's default plan for the plan year over `files`, against the bound. */
export function measurePlanBounds(
  n: number,
  files: readonly SyntheticFile[],
  taxonomy: Taxonomy,
  settings: Pick<Settings, 'plan' | 'rotation'>,
): PlanBound[] {
  const modules = files.map((file) => ({
    data: ModuleSchema.parse(parse(splitFrontmatter(file.text).frontmatter ?? '')),
  }));
  return resolvePlans({ modules, taxonomy, plans: [], settings }).map((plan) => {
    const library = modules.filter(({ data }) => data.groups.includes(plan.group.id)).map(({ data }) => data);
    const largest = Math.max(0, ...library.map((module) => module.hours));
    const low = plan.targetHours;
    const high = plan.targetHours + largest;
    const within = plan.requiredHours >= low && plan.requiredHours <= high;
    return {
      n,
      group: plan.group.id,
      libraryHours: sumHours(library),
      requiredHours: plan.requiredHours,
      low,
      high,
      within,
    };
  });
}

export function formatPlanBounds(rows: readonly PlanBound[]): string {
  const header =
    '| modules | group | library 学时 | required 学时 | bound | within |\n|---:|---|---:|---:|---|---|';
  const lines = rows.map(
    (row) =>
      `| ${row.n} | ${row.group} | ${row.libraryHours} | ${row.requiredHours} | [${row.low}, ${row.high}] | ${row.within ? 'yes' : 'NO'} |`,
  );
  return [header, ...lines].join('\n');
}
