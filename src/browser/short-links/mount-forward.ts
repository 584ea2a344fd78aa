// What src/pages/q/[code].astro runs in the browser. Replaces the short link in the history, so
// "back" does not land on this page again. A bundled script (not is:inline with define:vars) so the
// CSP needs no per-page hash.
const target = document.querySelector<HTMLElement>('[data-forward-to]')?.dataset.forwardTo;
if (target) location.replace(target);
