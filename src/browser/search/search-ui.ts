/**
 * The search box inside the search dialog, on Pagefind's JavaScript API, loaded on demand by
 * site-search.ts. It replaces Pagefind's default UI (26 KB of gzip JavaScript) for two reasons a
 * member on a metered phone would notice: it is a few KB, and it loads the filter lists (24 KB at
 * 2,000 modules) only when the member opens 筛选, where the default UI fetched them before the
 * first query. Every result is built from DOM text nodes: titles, summaries and filter values are
 * untrusted content and never become HTML.
 */
import stylesUrl from './search-results.css?url';
import { SEARCH_RANKING } from '../../lib/search/ranking.ts';
import {
  resultView,
  RESULTS_PER_PAGE,
  type ResultData,
  type ResultView,
} from '../../lib/search/result-view.ts';
import { searchMessage, SEARCH_STRINGS } from '../../lib/search/search-messages.ts';
import { routes } from '../../site-routes.ts';
import { simplifyQuery } from './simplify-query.ts';

/** The parts of Pagefind's API (pagefind.js) the search box calls. */
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  debouncedSearch(
    term: string,
    options: { filters: Record<string, string[]> },
    debounceMs: number,
  ): Promise<{ results: { data(): Promise<ResultData> }[]; filters: FilterCounts } | null>;
}
/** Filter name → value → how many pages (of the current results, after a search) have it. */
type FilterCounts = Record<string, Record<string, number>>;

/** Pause in typing before searching, so a phone does not search for every character. */
const DEBOUNCE_MS = 300;

/**
 * Builds the search box in `container` and starts loading Pagefind; resolves once the box's
 * styles are in (or failed), so that it never shows unstyled. Without a network the box is still
 * there; the dialog says why nothing is found (site-search.ts), and the next search tries to load
 * Pagefind again.
 */
export async function mountSearchUi(container: HTMLElement): Promise<void> {
  await loadStyles();
  let loading: Promise<Pagefind> | undefined;
  const loadPagefind = () =>
    (loading ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${routes.pagefind()}pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: routes.home(), ranking: SEARCH_RANKING, excerptLength: 30 });
      void pagefind.init();
      return pagefind;
    })().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  void loadPagefind().catch(() => undefined);

  const input = element('input', {
    type: 'search',
    className: 'cm-search__input',
    placeholder: SEARCH_STRINGS.label,
    autocomplete: 'off',
    enterKeyHint: 'search',
  });
  input.setAttribute('aria-label', SEARCH_STRINGS.label);
  const form = element('form', { className: 'cm-search__form', role: 'search' }, [input]);
  const filterGroups = element('div', { className: 'cm-search__filter-groups' }, [
    SEARCH_STRINGS.loadingFilters,
  ]);
  const filterPanel = element('details', { className: 'cm-search__filters' }, [
    element('summary', {}, [SEARCH_STRINGS.filters]),
    filterGroups,
  ]);
  const message = element('p', { className: 'cm-search__message', role: 'status' });
  const list = element('ol', { className: 'cm-search__results' });
  const more = element('button', { type: 'button', className: 'cm-search__more', hidden: true }, [
    SEARCH_STRINGS.loadMore,
  ]);
  container.replaceChildren(form, filterPanel, message, list, more);

  /** Counts the latest search; a slower, older search never overwrites a newer one's results. */
  let current = 0;
  let results: { data(): Promise<ResultData> }[] = [];
  let shown = 0;

  const showMore = async (searchId: number) => {
    const batch = results.slice(shown, shown + RESULTS_PER_PAGE);
    shown += batch.length;
    const views = await Promise.all(batch.map(async (result) => resultView(await result.data())));
    if (searchId !== current) return;
    list.append(...views.map(resultItem));
    more.hidden = shown >= results.length;
  };

  /** Searches for what is typed, with the ticked filters; `debounceMs` while the member types. */
  const search = async (debounceMs = 0) => {
    const searchId = ++current;
    const term = input.value.trim();
    if (!term) {
      message.textContent = '';
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    // Offline, the dialog's own note says why nothing comes; a cached index still answers.
    message.textContent = navigator.onLine === false ? '' : searchMessage(term);
    let found: Awaited<ReturnType<Pagefind['debouncedSearch']>>;
    try {
      // The index holds simplified text; a traditional query is converted first (黨費 → 党费).
      const [pagefind, query] = await Promise.all([loadPagefind(), simplifyQuery(term)]);
      found = await pagefind.debouncedSearch(query, { filters: selectedFilters(filterGroups) }, debounceMs);
    } catch {
      if (searchId === current) message.textContent = navigator.onLine === false ? '' : SEARCH_STRINGS.failed;
      return;
    }
    if (!found || searchId !== current) return;
    results = found.results;
    shown = 0;
    list.replaceChildren();
    message.textContent = searchMessage(term, results.length);
    updateCounts(filterGroups, found.filters);
    await showMore(searchId);
  };

  form.addEventListener('submit', (event) => event.preventDefault());
  input.addEventListener('input', () => void search(DEBOUNCE_MS));
  filterGroups.addEventListener('change', () => void search());
  more.addEventListener('click', () => void showMore(current));
  filterPanel.addEventListener('toggle', () => {
    if (!filterPanel.open || filterGroups.dataset.loaded) return;
    filterGroups.dataset.loaded = '';
    loadPagefind()
      .then((pagefind) => pagefind.filters())
      .then(
        (counts) => {
          // With a search on screen the counts are its results', which the search fills in.
          const searching = input.value.trim() !== '';
          filterGroups.replaceChildren(
            ...Object.entries(counts).map(([name, values]) => filterGroup(name, values, !searching)),
          );
          if (searching) void search();
        },
        () => {
          // Try again at the next opening.
          delete filterGroups.dataset.loaded;
          filterPanel.open = false;
        },
      );
  });
}

/**
 * The search box's stylesheet, linked when search first opens. Imported as a URL rather than as
 * CSS: the bundler would otherwise hoist it into every page (inlined, being small), where members
 * who never search would pay for it on each page.
 */
function loadStyles(): Promise<void> {
  if (document.querySelector(`link[href="${stylesUrl}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesUrl });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
}

/** One result: the title as the link, the summary or excerpt, and the module's facts. */
function resultItem(view: ResultView): HTMLLIElement {
  const excerpt = element(
    'p',
    { className: 'cm-search__excerpt' },
    view.excerpt.map(({ text, marked }) => (marked ? element('mark', {}, [text]) : text)),
  );
  const tags = element(
    'ul',
    { className: 'cm-search__tags' },
    view.tags.map((tag) => element('li', {}, [tag])),
  );
  return element('li', { className: 'cm-search__result' }, [
    element('a', { className: 'cm-search__link', href: view.url }, [view.title]),
    excerpt,
    ...(view.tags.length ? [tags] : []),
  ]);
}

/** A filter's values as checkboxes, with how many pages have each (`showCounts`) or blank. */
function filterGroup(name: string, values: Record<string, number>, showCounts: boolean): HTMLFieldSetElement {
  return element('fieldset', { className: 'cm-search__filter' }, [
    element('legend', {}, [name]),
    ...Object.entries(values).map(([value, count]) => {
      const box = element('input', { type: 'checkbox', name, value });
      const counter = element('span', { className: 'cm-search__count' }, showCounts ? [`（${count}）`] : []);
      Object.assign(counter.dataset, { filter: name, value });
      return element('label', {}, [box, value, counter]);
    }),
  ]);
}

/** After a search, each value's count among its results (values absent from them have none). */
function updateCounts(groups: HTMLElement, counts: FilterCounts): void {
  for (const counter of groups.querySelectorAll<HTMLElement>('.cm-search__count')) {
    const { filter, value } = counter.dataset;
    counter.textContent = `（${counts[filter!]?.[value!] ?? 0}）`;
  }
}

/** The checked values, by filter name, as Pagefind's `filters` option takes them. */
function selectedFilters(groups: HTMLElement): Record<string, string[]> {
  const selected: Record<string, string[]> = {};
  for (const box of groups.querySelectorAll<HTMLInputElement>('input:checked')) {
    (selected[box.name] ??= []).push(box.value);
  }
  return selected;
}

/** An element with properties and children; strings become text nodes, never markup. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> & { role?: string } = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const { role, ...rest } = properties;
  const node = Object.assign(document.createElement(tag), rest);
  if (role) node.setAttribute('role', role);
  node.append(...children);
  return node;
}
