// The yearly 外训名录: the venues a plan year lists (content/plans/<year>.yaml `venues`), in the
// plan's order, and the other venues, which /venues/ still shows below it.

/** The plan year's 名录 and the rest; without a list, every venue is in `others`. */
export function venueList<V extends { id: string }>(
  venues: readonly V[],
  listed: readonly string[] | undefined,
): { listed: V[]; others: V[] } {
  const ids = listed ?? [];
  const byId = new Map(venues.map((venue) => [venue.id, venue]));
  return {
    listed: ids.flatMap((id) => byId.get(id) ?? []),
    others: venues.filter((venue) => !ids.includes(venue.id)),
  };
}

/** The `venues` of the plan file for `year`, if it has one. */
export function planVenueIds(
  plans: readonly { year: number; plan: { venues?: readonly string[] | undefined } }[],
  year: number,
): readonly string[] | undefined {
  return plans.find((plan) => plan.year === year)?.plan.venues;
}
