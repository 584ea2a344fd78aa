// Modules and registry entries name each other in one direction only: a module's `lecturer` and
// `venues` name entries by id. These helpers read that both ways, so a lecturer's page lists the
// modules that name them and a module's header links its lecturer and venues.

interface Named {
  id: string;
  data: { name: string };
}

type ModuleLike = { data: { lecturer?: string | undefined; venues?: readonly string[] | undefined } };

/** The modules whose `lecturer` is this lecturer's id, in the order given (curriculum order). */
export function modulesTaughtBy<M extends ModuleLike>(modules: readonly M[], lecturerId: string): M[] {
  return modules.filter((module) => module.data.lecturer === lecturerId);
}

/** The modules that name this venue, in the order given. */
export function modulesAtVenue<M extends ModuleLike>(modules: readonly M[], venueId: string): M[] {
  return modules.filter((module) => module.data.venues?.includes(venueId));
}

/** A module's lecturer: an entry of the 师资库 when `lecturer` is one's id, else the text as written. */
export function lecturerOf(
  lecturer: string | undefined,
  lecturers: readonly Named[],
): { id: string; name: string } | { text: string } | undefined {
  if (lecturer === undefined) return undefined;
  const entry = lecturers.find(({ id }) => id === lecturer);
  return entry ? { id: entry.id, name: entry.data.name } : { text: lecturer };
}

/** A module's venues by id and name, in the module's order; ids the checker let through are skipped. */
export function venuesOf(
  ids: readonly string[] | undefined,
  venues: readonly Named[],
): { id: string; name: string }[] {
  return (ids ?? []).flatMap((id) => {
    const entry = venues.find((venue) => venue.id === id);
    return entry ? [{ id, name: entry.data.name }] : [];
  });
}
