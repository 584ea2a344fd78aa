/**
 * Pagefind's default UI with Starlight's options, loaded on demand by site-search.ts. The
 * stylesheet import makes the bundler load the result styles together with this chunk.
 */
import './search-results.css';
// @ts-expect-error — @pagefind/default-ui ships no types.
import { PagefindUI } from '@pagefind/default-ui';
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import strings from '../../content/i18n/zh-CN.json';
import { routes } from '../../site-routes.ts';

/**
 * Pagefind UI's strings: the `pagefind.*` keys of the site's Chinese UI strings. Bundled with this
 * chunk, which loads only when search opens, rather than written into every page's HTML.
 */
const translations = {
  placeholder: strings['search.label'],
  ...Object.fromEntries(
    Object.entries(strings)
      .filter(([key]) => key.startsWith('pagefind.'))
      .map(([key, value]) => [key.slice('pagefind.'.length), value]),
  ),
};

export function mountSearchUi(element: string): void {
  new PagefindUI({
    ...pagefindUserConfig,
    element,
    baseUrl: routes.home(),
    bundlePath: routes.pagefind(),
    showImages: false,
    translations,
    showSubResults: true,
  });
}
