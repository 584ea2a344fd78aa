/** Remembers 大字模式 on this device; read before the first paint in src/components/reading/ThemeProvider.astro. */
const LARGE_TYPE_KEY = 'cm-large-type';

/** The 大字 button: flips <html data-large-type> and remembers the choice on this device. */
export function startLargeTypeToggle(button: HTMLButtonElement): void {
  const root = document.documentElement;
  const show = () => button.setAttribute('aria-pressed', String(root.dataset.largeType === 'on'));
  show();
  button.addEventListener('click', () => {
    root.dataset.largeType = root.dataset.largeType === 'on' ? 'off' : 'on';
    try {
      if (root.dataset.largeType === 'on') localStorage.setItem(LARGE_TYPE_KEY, 'on');
      else localStorage.removeItem(LARGE_TYPE_KEY);
    } catch {
      // Private modes may refuse storage: large type still holds for this page.
    }
    show();
  });
}
