// What ProgressToggle.astro runs in the browser. The 标记为已学 button on a module page: studied marks
// live on this device only.
import { readProgress, setStudied } from './progress-store.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-progress-toggle]')) {
  const code = root.dataset.code!;
  const button = root.querySelector('button')!;
  const show = (studied: boolean) => {
    button.setAttribute('aria-pressed', String(studied));
    button.textContent = studied ? '✓ 已学（点击取消）' : '标记为已学';
  };
  show(readProgress().has(code));
  button.hidden = false;
  button.addEventListener('click', () => {
    const studied = button.getAttribute('aria-pressed') !== 'true';
    setStudied(code, studied);
    show(studied);
  });
}
