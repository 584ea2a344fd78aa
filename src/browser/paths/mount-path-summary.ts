// What PathSummary.astro runs in the browser. The study path page's progress summary.
import { roundHours } from '../../lib/modules/hours.ts';
import { readProgress } from '../progress/progress-store.ts';

// Counts what this device marked as studied: required modules from the lists on the page,
// electives from the page's elective table (the page lists only the first of them).
const studied = readProgress();
let modules = 0;
let hours = 0;
for (const item of document.querySelectorAll<HTMLElement>('[data-progress-list] [data-code]')) {
  if (!studied.has(item.dataset.code!)) continue;
  modules += 1;
  hours += Number(item.dataset.hours);
  item.classList.add('cm-path__item--done');
}
for (const item of document.querySelectorAll<HTMLElement>('[data-elective-list] [data-code]')) {
  if (studied.has(item.dataset.code!)) item.classList.add('cm-path__item--done');
}
const electives = JSON.parse(document.querySelector('[data-electives]')?.textContent ?? '{}') as Record<
  string,
  number
>;
const extra = Object.entries(electives).reduce((sum, [code, h]) => sum + (studied.has(code) ? h : 0), 0);
document.querySelector('[data-progress-modules]')!.textContent = String(modules);
document.querySelector('[data-progress-hours]')!.textContent = String(roundHours(hours));
document.querySelector('[data-progress-extra]')!.textContent = String(roundHours(extra));
document.querySelector<HTMLElement>('[data-progress-summary]')!.removeAttribute('data-pending');
