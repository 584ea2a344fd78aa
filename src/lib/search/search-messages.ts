import strings from '../../content/i18n/zh-CN.json' with { type: 'json' };

/**
 * The search box's own words: the `pagefind.*` keys of the site's UI strings (Starlight's names
 * for them), filled in for one search.
 */
export const SEARCH_STRINGS = {
  label: strings['search.label'],
  filters: strings['pagefind.filters_label'],
  loadMore: strings['pagefind.load_more'],
  loadingFilters: '正在加载筛选条件……',
  failed: '搜索暂时无法使用，请稍后再试。',
};

/** What the status line says while a search runs and once its results are in. */
export function searchMessage(term: string, count?: number): string {
  const template =
    count === undefined
      ? strings['pagefind.searching']
      : count === 0
        ? strings['pagefind.zero_results']
        : count === 1
          ? strings['pagefind.one_result']
          : strings['pagefind.many_results'];
  return template.replace('[SEARCH_TERM]', term).replace('[COUNT]', String(count));
}
