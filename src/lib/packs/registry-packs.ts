import type { TrainingClass } from '../../schemas/class.ts';
import type { ModuleFrontmatter } from '../../schemas/module.ts';
import type { Venue } from '../../schemas/venue.ts';
import { classModuleCodes, classSessions } from '../classes/sessions.ts';
import { isoDay } from '../platform/calendar.ts';
import { sitePaths } from '../routes/routes.ts';
import type { ClassPack, RegistryItem, VenueListPack } from './plan.ts';

// The packs of the registries: one class pack per training class (content/classes/) and the plan
// year's 外训名录 (the venues its plan file names). Like module and path packs, each is planned
// here from routes.ts's builders, and the print routes' static paths come from this plan.

/** Owner keys of these packs: a class id or a year could equal a module code or group id. */
export const classPackOwner = (id: string) => `class:${id}`;
export const venueListOwner = (year: number) => `venues:${year}`;

/** One pack per class; a class's modules that the build leaves out (drafts) are left out here. */
export function createClassPacks<T extends { data: Pick<ModuleFrontmatter, 'code' | 'updated'> }>(
  classes: readonly RegistryItem<TrainingClass>[],
  modules: readonly T[],
): ClassPack<T>[] {
  const byCode = new Map(modules.map((module) => [module.data.code, module]));
  return classes.map((trainingClass) => {
    const { id, data } = trainingClass;
    const taught = classModuleCodes(classSessions(data)).flatMap((code) => byCode.get(code) ?? []);
    // The newest of the class's modules, or its first day: from the content, never the clock.
    const newest = taught.reduce<Date | undefined>(
      (latest, { data: { updated } }) => (!latest || updated > latest ? updated : latest),
      undefined,
    );
    return {
      kind: 'class',
      title: `${data.name}（班次学习包）`,
      source: `${sitePaths.printClass(id)}index.html`,
      output: sitePaths.classPdf(id),
      owner: classPackOwner(id),
      date: isoDay(newest ?? data.startDate),
      params: { id },
      trainingClass,
      modules: taught,
    };
  });
}

/** The 外训名录 of `year`, or nothing when its plan names no venue. */
export function createVenueListPacks(year: number, venues: readonly RegistryItem<Venue>[]): VenueListPack[] {
  if (!venues.length) return [];
  return [
    {
      kind: 'venues',
      title: `${year}年度外训名录`,
      source: `${sitePaths.printVenueList(year)}index.html`,
      output: sitePaths.venueListPdf(year),
      owner: venueListOwner(year),
      // A list of places has no version of its own: the first day of the year it is for.
      date: `${year}-01-01`,
      params: { year: String(year) },
      year,
      venues: [...venues],
    },
  ];
}
