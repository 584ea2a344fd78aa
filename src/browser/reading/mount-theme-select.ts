// What ThemeSelect.astro runs in the browser. The light/dark select in the header.
import { startThemeSelect } from './theme-select.ts';

startThemeSelect();
