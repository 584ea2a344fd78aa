import type { ModuleFrontmatter } from '../../../schemas/module.ts';

type Orderable = Pick<ModuleFrontmatter, 'code' | 'prerequisites'>;

/**
 * Orders modules so that each comes after its prerequisites, breaking ties by code.
 * Prerequisites outside the list are ignored (they belong to another stage or group).
 * Kahn's algorithm with a code-sorted ready list, so the result is stable for equal input.
 * A cycle cannot reach here (the content check rejects it); any leftovers keep code order.
 */
export function orderByPrerequisites<T extends { data: Orderable }>(modules: readonly T[]): T[] {
  const byCode = new Map(modules.map((module) => [module.data.code, module]));
  const waitingOn = new Map(
    modules.map(({ data }) => [data.code, new Set(data.prerequisites.filter((code) => byCode.has(code)))]),
  );
  const ordered: T[] = [];
  const ready = () =>
    [...waitingOn]
      .filter(([, pending]) => pending.size === 0)
      .map(([code]) => code)
      .sort();

  for (let next = ready(); next.length > 0; next = ready()) {
    const code = next[0]!;
    ordered.push(byCode.get(code)!);
    waitingOn.delete(code);
    for (const pending of waitingOn.values()) pending.delete(code);
  }
  const leftovers = [...waitingOn.keys()].sort().map((code) => byCode.get(code)!);
  return [...ordered, ...leftovers];
}
