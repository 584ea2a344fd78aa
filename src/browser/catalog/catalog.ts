import {
  countingSelections,
  readSelection,
  toggle,
  toPagefindFilters,
  writeSelection,
  type Selection,
} from '../../lib/routes/catalog-state.ts';
import { routes } from '../../site-routes.ts';

interface PagefindResult {
  data(): Promise<{ url: string; meta: Record<string, string>; excerpt: string }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
type Counts = Record<string, Record<string, number>>;
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  filters(): Promise<Counts>;
  search(term: null, options: { filters: object; sort?: object }): Promise<PagefindSearch>;
}

const PAGE = 40;

/** Turns the catalog's facet links into filters over the whole curriculum, kept in the URL. */
export function startCatalog(root: HTMLElement): void {
  const facets = [...root.querySelectorAll<HTMLElement>('[data-facet]')];
  const facetNames = facets.map((facet) => facet.dataset.facet!);
  const keyOf = (facet: string) =>
    root.querySelector<HTMLElement>(`[data-facet="${facet}"]`)!.dataset.filterKey!;
  const nameOf = (facet: string, id: string) =>
    root.querySelector<HTMLElement>(`[data-facet="${facet}"] [data-term="${id}"]`)?.dataset.name ?? id;
  const initialCounts = new Map(
    [...root.querySelectorAll<HTMLElement>('[data-term]')].map((link) => [
      link,
      link.querySelector('[data-count]')!.textContent!,
    ]),
  );
  const status = root.querySelector<HTMLElement>('[data-catalog-status]')!;
  const initialStatus = status.textContent!;
  const list = root.querySelector<HTMLOListElement>('[data-catalog-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-catalog-more]')!;
  const clear = root.querySelector<HTMLElement>('[data-catalog-clear]')!;
  let selection: Selection = readSelection(location.search, facetNames);
  let pagefind: Promise<Pagefind> | undefined;
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;

  // filters() loads every facet's index. Without it a search loads only the chosen facets'
  // indexes, and every other facet's counts come back as 0.
  let totals: Counts = {};
  const loadPagefind = () =>
    (pagefind ??= import(/* @vite-ignore */ `${routes.pagefind()}pagefind.js`).then(
      async (module: Pagefind) => {
        await module.options({ baseUrl: routes.home() });
        totals = await module.filters();
        return module;
      },
    ));
  const filtersOf = (chosen: Selection) => toPagefindFilters(chosen, nameOf, keyOf);

  /** Each facet's counts, from a search without that facet's own choice (see countingSelections). */
  async function countsFor(engine: Pagefind, main: PagefindSearch): Promise<Counts> {
    const counts: Counts = {};
    for (const [facet, chosen] of countingSelections(selection, facetNames)) {
      const key = keyOf(facet);
      if (!(facet in selection)) counts[key] = main.filters[key] ?? {};
      else if (Object.keys(chosen).length === 0) counts[key] = totals[key] ?? {};
      else counts[key] = (await engine.search(null, { filters: filtersOf(chosen) })).filters[key] ?? {};
    }
    return counts;
  }

  async function apply() {
    const current = ++run;
    const active = Object.keys(selection).length > 0;
    for (const link of initialCounts.keys()) {
      const facet = link.closest<HTMLElement>('[data-facet]')!.dataset.facet!;
      if (selection[facet]?.includes(link.dataset.term!)) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    const chosen = Object.values(selection).flat().length;
    root.querySelector('[data-catalog-chosen]')!.textContent = chosen ? `（已选 ${chosen} 项）` : '';
    root.querySelector<HTMLElement>('[data-catalog-static]')!.hidden = active;
    list.hidden = !active;
    clear.hidden = !active;
    if (!active) {
      for (const [link, count] of initialCounts) link.querySelector('[data-count]')!.textContent = count;
      status.textContent = initialStatus;
      more.hidden = true;
      return;
    }
    status.textContent = '正在筛选……';
    const engine = await loadPagefind();
    const search = await engine.search(null, { filters: filtersOf(selection), sort: { order: 'asc' } });
    const counts = await countsFor(engine, search);
    if (current !== run) return;
    for (const link of initialCounts.keys()) {
      const facet = link.closest<HTMLElement>('[data-facet]')!.dataset.facet!;
      link.querySelector('[data-count]')!.textContent = String(
        counts[keyOf(facet)]?.[link.dataset.name!] ?? 0,
      );
    }
    results = search.results;
    shown = 0;
    list.replaceChildren();
    status.textContent = `筛选出 ${results.length} 个模块。`;
    await showMore();
  }

  async function showMore() {
    const batch = await Promise.all(results.slice(shown, shown + PAGE).map((result) => result.data()));
    shown += batch.length;
    for (const item of batch) {
      const li = document.createElement('li');
      const link = Object.assign(document.createElement('a'), {
        href: item.url,
        textContent: item.meta.title ?? item.url,
      });
      const meta = Object.assign(document.createElement('span'), {
        className: 'cm-modules__meta',
        textContent: `${item.meta['编号'] ?? ''} · ${item.meta['阶段'] ?? ''} · ${item.meta['学时'] ?? ''} 学时`,
      });
      li.append(link, meta);
      list.append(li);
    }
    more.hidden = shown >= results.length;
  }

  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLElement>('[data-term]');
    if (!link) return;
    event.preventDefault();
    selection = toggle(
      selection,
      link.closest<HTMLElement>('[data-facet]')!.dataset.facet!,
      link.dataset.term!,
    );
    history.replaceState(
      null,
      '',
      `${location.pathname}${writeSelection(location.search, selection, facetNames)}`,
    );
    void apply();
  });
  clear.querySelector('button')!.addEventListener('click', () => {
    selection = {};
    history.replaceState(null, '', location.pathname);
    void apply();
  });
  more.addEventListener('click', () => void showMore());
  if (matchMedia('(min-width: 50rem)').matches)
    root.querySelector<HTMLDetailsElement>('[data-catalog-filters]')!.open = true;
  root.classList.add('cm-catalog--live');
  void apply();
}
