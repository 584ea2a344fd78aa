// What src/pages/offline.astro runs in the browser. The page the service worker shows offline: what
// is saved, and a retry.
import { listSavedPages } from './offline-list.ts';

listSavedPages(
  document.querySelector('[data-offline-list]')!,
  document.querySelector('[data-offline-empty]')!,
);
// The worker shows this page in place of the one asked for: retry means reloading that URL.
const retry = document.querySelector<HTMLButtonElement>('[data-offline-retry]')!;
retry.hidden = false;
retry.addEventListener('click', () => location.reload());
