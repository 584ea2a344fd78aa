import type { ModuleFrontmatter } from '../../schemas/module.ts';
import type { GroupPlanInput, PlanFile, RequiredEntry } from '../../schemas/plan.ts';
import type { Group, Stage, Topic } from '../../schemas/taxonomy.ts';
import { createStudyPath } from './paths/study-path.ts';
import { selectRequired } from './default-plan.ts';
import type { PlanOrigin, RequiredModule } from './types.ts';

type Entry = { data: ModuleFrontmatter };

/** One year of a group's cycle before totals: where it came from and what it requires. */
export interface GroupYear<T> {
  year: number;
  origin: PlanOrigin;
  required: RequiredModule<T>[];
  /** The plan file's entry for the group, when the year has one. */
  written?: GroupPlanInput | undefined;
}

export interface GroupCycleInput<T> {
  group: Group;
  /** The group's published modules, in curriculum order. */
  library: readonly T[];
  stages: readonly Stage[];
  topics: readonly Pick<Topic, 'id'>[];
  /** Plan files by year. */
  files: ReadonlyMap<number, PlanFile['plan']>;
}

/**
 * A group's required modules in every year of a cycle. A year whose plan file names the group is
 * frozen: it keeps exactly what the file says, and the other years take nothing it requires.
 * The remaining years are filled by the default rule in year order, each from what is left, so
 * the whole library is required once per cycle when it fits (see `selectRequired`).
 */
export function planGroupCycle<T extends Entry>(
  input: GroupCycleInput<T>,
  years: readonly number[],
): GroupYear<T>[] {
  const { group, library, files } = input;
  const byCode = new Map(library.map((module) => [module.data.code, module]));
  const written = new Map(
    years.flatMap((year) => {
      const entry = files.get(year)?.groups[group.id];
      return entry ? [[year, entry] as const] : [];
    }),
  );
  const frozen = new Set([...written.values()].flatMap((entry) => entry.required.map(codeOf)));
  const done = new Set<string>();
  return years.map((year): GroupYear<T> => {
    const entry = written.get(year);
    const required = entry
      ? writtenRequired(entry.required, byCode)
      : defaultRequired(input, { frozen, done, codes: new Set(byCode.keys()) });
    for (const { entry: module } of required) done.add(module.data.code);
    return { year, origin: entry ? 'file' : 'default', required, written: entry };
  });
}

/** The code of a required entry, written either way. */
export function codeOf(entry: RequiredEntry): string {
  return typeof entry === 'string' ? entry : entry.code;
}

/** A plan file's required modules in its order; codes the library lacks are left to the checker. */
function writtenRequired<T extends Entry>(entries: readonly RequiredEntry[], byCode: ReadonlyMap<string, T>) {
  const seen = new Set<string>();
  return entries.flatMap((entry): RequiredModule<T>[] => {
    const module = byCode.get(codeOf(entry));
    // A code listed twice counts once (the checker reports the repeat).
    if (!module || seen.has(module.data.code)) return [];
    seen.add(module.data.code);
    if (typeof entry === 'string') return [{ entry: module }];
    const quarter = entry.month ? Math.ceil(entry.month / 3) : entry.quarter;
    return [{ entry: module, quarter, month: entry.month }];
  });
}

function defaultRequired<T extends Entry>(
  { group, library, stages, topics }: GroupCycleInput<T>,
  {
    frozen,
    done,
    codes,
  }: { frozen: ReadonlySet<string>; done: ReadonlySet<string>; codes: ReadonlySet<string> },
): RequiredModule<T>[] {
  const pool = library.filter(({ data }) => !frozen.has(data.code) && !done.has(data.code));
  const context = { targetHours: group.requiredHours, topics, library: codes, done };
  const selected = selectRequired(pool, context);
  // Study order: stage by stage, prerequisites first (the order of a study path).
  return createStudyPath(group, selected, stages).modules.map((module) => ({ entry: module }));
}
