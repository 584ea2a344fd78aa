// What SavePath.astro runs in the browser. The button that saves a study path for offline reading.
import { initSavePath } from './save-path-ui.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-save-path]')) initSavePath(root);
