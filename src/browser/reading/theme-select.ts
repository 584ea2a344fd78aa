/**
 * The behaviour of Starlight's theme picker, for our icon-less picker (ThemeSelect.astro): the
 * same storage key and `data-theme` values as Starlight's ThemeProvider script, which applies the
 * stored choice before the first paint.
 */
type Theme = 'auto' | 'dark' | 'light';

const STORAGE_KEY = 'starlight-theme';

const parseTheme = (value: unknown): Theme => (value === 'dark' || value === 'light' ? value : 'auto');

function storedTheme(): Theme {
  try {
    return parseTheme(localStorage.getItem(STORAGE_KEY));
  } catch {
    return 'auto';
  }
}

function applyTheme(theme: Theme): void {
  const system = matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
  document.documentElement.dataset.theme = theme === 'auto' ? system : theme;
  for (const select of document.querySelectorAll<HTMLSelectElement>('starlight-theme-select select')) {
    select.value = theme;
  }
  try {
    localStorage.setItem(STORAGE_KEY, theme === 'auto' ? '' : theme);
  } catch {
    // Storage blocked: the choice holds for this page.
  }
}

export function startThemeSelect(): void {
  applyTheme(storedTheme());
  for (const select of document.querySelectorAll<HTMLSelectElement>('starlight-theme-select select')) {
    select.addEventListener('change', () => applyTheme(parseTheme(select.value)));
  }
  matchMedia('(prefers-color-scheme: light)').addEventListener('change', () => {
    if (storedTheme() === 'auto') applyTheme('auto');
  });
}
