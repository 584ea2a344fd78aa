// What src/pages/rollup/index.astro runs in the browser: the rollup page, then keeping it offline.
import { keepRollupOffline } from './keep-offline.ts';
import { startRollupPage } from './rollup-page.ts';

const root = document.querySelector<HTMLElement>('[data-rollup]');
if (root) {
  void startRollupPage(root);
  keepRollupOffline().catch(() => undefined);
}
