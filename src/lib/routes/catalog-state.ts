/**
 * Catalog filters as they live in the URL: `?stages=empowerment&groups=ordinary,backbone`.
 * Ids, not names, so a shared link or QR code keeps working when a name is reworded.
 */
export type Selection = Record<string, string[]>;

export function readSelection(search: string, facets: readonly string[]): Selection {
  const params = new URLSearchParams(search);
  const selection: Selection = {};
  for (const facet of facets) {
    const ids = (params.get(facet) ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    if (ids.length) selection[facet] = [...new Set(ids)];
  }
  return selection;
}

export function writeSelection(search: string, selection: Selection, facets: readonly string[]): string {
  const params = new URLSearchParams(search);
  for (const facet of facets) {
    const ids = selection[facet] ?? [];
    if (ids.length) params.set(facet, ids.join(','));
    else params.delete(facet);
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

export function toggle(selection: Selection, facet: string, id: string): Selection {
  const current = selection[facet] ?? [];
  const next = current.includes(id) ? current.filter((other) => other !== id) : [...current, id];
  const rest = Object.fromEntries(Object.entries(selection).filter(([key]) => key !== facet));
  return next.length ? { ...rest, [facet]: next } : rest;
}

/** Pagefind filters: terms of one facet are alternatives (any), different facets all apply. */
export function toPagefindFilters(
  selection: Selection,
  names: (facet: string, id: string) => string,
  keyOf: (facet: string) => string,
) {
  return Object.fromEntries(
    Object.entries(selection).map(([facet, ids]) => [
      keyOf(facet),
      { any: ids.map((id) => names(facet, id)) },
    ]),
  );
}

/**
 * The selection whose results give each facet's counts. A facet counts against every other
 * facet's choice but not its own, since its own terms are alternatives: with 赋能 chosen,
 * 铸魂 still shows how many modules choosing it too would add.
 */
export function countingSelections(selection: Selection, facets: readonly string[]): Map<string, Selection> {
  return new Map(
    facets.map((facet) => [
      facet,
      Object.fromEntries(Object.entries(selection).filter(([key]) => key !== facet)),
    ]),
  );
}
