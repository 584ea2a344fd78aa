// What ProgressToggle.astro runs in the browser. The 标记为已学 button on a module page, and the
// optional rating offered once it is pressed: both live on this device only.
import { startModuleRating } from './module-rating.ts';
import { readProgress, setStudied } from './progress-store.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-progress-toggle]')) {
  const code = root.dataset.code!;
  const button = root.querySelector('button')!;
  const showRating = startModuleRating(root, code);
  const show = (studied: boolean) => {
    button.setAttribute('aria-pressed', String(studied));
    button.textContent = studied ? '✓ 已学（点击取消）' : '标记为已学';
    showRating(studied);
  };
  show(readProgress().has(code));
  button.hidden = false;
  button.addEventListener('click', () => {
    const studied = button.getAttribute('aria-pressed') !== 'true';
    setStudied(code, studied);
    show(studied);
  });
}
