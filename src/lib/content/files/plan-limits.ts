/**
 * The most entries a list of a plan file may have. A year of study is a few dozen modules; a list
 * of 200,000 once crashed the checker, and even at 20,000 every entry is checked and reported one
 * by one. Past this the file gets one line and its entries are not checked.
 */
export const PLAN_LIST_LIMIT = 1000;

/** The first list of a raw plan (themes, groups, a group's required or electives) past the limit. */
export function findOverlongList(
  raw: unknown,
  limit = PLAN_LIST_LIMIT,
): { path: (string | number)[]; field: string; count: number; limit: number } | undefined {
  const record = (value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  const sizeOf = (value: unknown) =>
    Array.isArray(value) ? value.length : record(value) ? Object.keys(value as object).length : 0;
  const plan = record(raw);
  if (!plan) return undefined;
  const lists: [string[], unknown][] = [
    [['themes'], plan.themes],
    [['groups'], plan.groups],
    ...Object.entries(record(plan.groups) ?? {}).flatMap(([id, entry]): [string[], unknown][] => [
      [['groups', id, 'required'], record(entry)?.required],
      [['groups', id, 'electives'], record(entry)?.electives],
    ]),
  ];
  for (const [path, value] of lists) {
    const count = sizeOf(value);
    if (count > limit) return { path, field: path.join('.'), count, limit };
  }
  return undefined;
}
