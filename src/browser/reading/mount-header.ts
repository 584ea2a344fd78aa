// What Header.astro runs in the browser: the large-type toggle, and the phone menu on browsers
// without `popover`.
import { startLargeTypeToggle } from './large-type.ts';
import { startMenuFallback } from './menu-fallback.ts';

const toggle = document.querySelector<HTMLButtonElement>('[data-large-type-toggle]');
if (toggle) startLargeTypeToggle(toggle);
startMenuFallback();
