// The list filters of a registry page (RegistryList.astro): each card carries its facet values in
// `data-f-<key>` (space-separated ids); a card shows when it has every chosen value. The choice
// lives in the URL query, so a filtered list can be shared and the back button works.

/** Whether a card's values (`data-f-<key>`) match every chosen filter; empty choices match all. */
export function cardMatches(
  card: { getAttribute(name: string): string | null },
  chosen: ReadonlyMap<string, string>,
): boolean {
  for (const [key, value] of chosen) {
    if (!value) continue;
    const values = (card.getAttribute(`data-f-${key}`) ?? '').split(' ');
    if (!values.includes(value)) return false;
  }
  return true;
}

/** The filter values a query names, for the keys the form has. */
export function chosenFrom(search: string, keys: readonly string[]): Map<string, string> {
  const params = new URLSearchParams(search);
  return new Map(keys.map((key) => [key, params.get(key) ?? '']));
}

/** Wires one filter form to the lists on its page. */
export function startRegistryFilter(form: HTMLFormElement): void {
  const selects = [...form.querySelectorAll('select')];
  const keys = selects.map((select) => select.name);
  const cards = [...document.querySelectorAll<HTMLElement>('[data-registry-list] > li')];
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const apply = (chosen: ReadonlyMap<string, string>) => {
    let shown = 0;
    for (const card of cards) {
      const match = cardMatches(card, chosen);
      card.hidden = !match;
      if (match) shown++;
    }
    for (const select of selects) select.value = chosen.get(select.name) ?? '';
    if (status) status.textContent = [...chosen.values()].some(Boolean) ? `筛选后共 ${shown} 项` : '';
  };
  const current = () => new Map(selects.map((select) => [select.name, select.value]));
  const update = () => {
    const chosen = current();
    const params = new URLSearchParams([...chosen].filter(([, value]) => value));
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    apply(chosen);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  for (const select of selects) select.addEventListener('change', update);
  apply(chosenFrom(location.search, keys));
}
