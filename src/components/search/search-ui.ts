/**
 * Pagefind's default UI with Starlight's options, loaded on demand by site-search.ts. The
 * stylesheet import makes the bundler load the result styles together with this chunk.
 */
import './search-results.css';
// @ts-expect-error — @pagefind/default-ui ships no types.
import { PagefindUI } from '@pagefind/default-ui';
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { routes } from '../../site-routes.ts';

export function mountSearchUi(element: string, translations: Record<string, string>): void {
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
