// What src/pages/rollup/index.astro runs in the browser: the rollup page, then keeping it offline.
import { routes } from '../../site-routes.ts';
import { keepToolOffline } from '../offline/keep-tool-offline.ts';
import { startRollupPage } from './rollup-page.ts';

const root = document.querySelector<HTMLElement>('[data-rollup]');
if (root) {
  void startRollupPage(root);
  keepToolOffline(routes.rollupOffline()).catch(() => undefined);
}
