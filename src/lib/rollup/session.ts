/**
 * What the rollup page keeps between visits, and two small rules for it: a file dropped again
 * under the same name replaces the earlier one (a branch that exported again), and an empty
 * scope is filled in from the first file that names its organization, so an organizer who drops
 * files first does not see every file refused as 不在本次汇总的单位之内.
 */
import type { InputFile } from './inputs.ts';
import type { RollupScope } from './scope.ts';

export function mergeFiles(existing: readonly InputFile[], added: readonly InputFile[]): InputFile[] {
  const byName = new Map(existing.map((file) => [file.fileName, file]));
  for (const file of added) byName.set(file.fileName, file);
  return [...byName.values()].sort((a, b) => a.fileName.localeCompare(b.fileName));
}

const placeOf = (text: string): { company?: unknown; unit?: unknown } | undefined => {
  try {
    const data = JSON.parse(text) as { place?: object; branch?: object };
    // Version 1 files named their place `branch`.
    return { ...(data.place ?? data.branch) };
  } catch {
    return undefined;
  }
};

/** The scope with its empty names taken from the first file that names them. */
export function guessScope(scope: RollupScope, files: readonly InputFile[]): RollupScope {
  const needsUnit = scope.level === 'unit' && !scope.unit.trim();
  if (scope.level === 'above' || (scope.company.trim() && !needsUnit)) return scope;
  for (const file of files) {
    const place = placeOf(file.text);
    if (typeof place?.company !== 'string' || !place.company) continue;
    return {
      ...scope,
      company: scope.company.trim() ? scope.company : place.company,
      unit: needsUnit && typeof place.unit === 'string' ? place.unit : scope.unit,
    };
  }
  return scope;
}
