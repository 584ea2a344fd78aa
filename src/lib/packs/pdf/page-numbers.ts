/**
 * Page numbers for a printed table of contents, which Chromium cannot compute in CSS (no
 * `target-counter()`). The contract with print pages: an element `data-page-of="<id>"` is filled
 * with the page number on which `#<id>` starts, and some link (`<a href="#<id>">`, the contents
 * entry itself) points at that id so that Chromium writes it as a named destination. The page is
 * printed, the numbers read back from the PDF (destinations.ts) and written in, and printed again
 * until the numbers hold: a number that widens a line could in principle move a page break.
 */
import type { Page } from 'playwright-core';
import { namedDestinationPages } from './destinations.ts';
import { PDF_OPTIONS } from './engine.ts';

/** Enough for any contents whose numbers fit their column; a third pass only guards the rare reflow. */
const MAX_PASSES = 3;

/**
 * Runs inside the page: writes each page number into its `data-page-of` element and says whether
 * anything changed. Playwright sends this function's source to the page: nothing from outside.
 */
export function fillPageNumbers(pages: Record<string, number>): boolean {
  let changed = false;
  for (const element of Array.from(document.querySelectorAll<HTMLElement>('[data-page-of]'))) {
    const page = pages[element.dataset['pageOf'] ?? ''];
    const text = page === undefined ? '' : String(page);
    if (element.textContent !== text) {
      element.textContent = text;
      changed = true;
    }
  }
  return changed;
}

/** Whether the page asks for page numbers at all; most packs have no contents. */
const wantsPageNumbers = () => document.querySelector('[data-page-of]') !== null;

/** The PDF of a prepared page, with its contents' page numbers filled in when it has any. */
export async function pdfWithPageNumbers(page: Page): Promise<Buffer> {
  let pdf = await page.pdf(PDF_OPTIONS);
  if (!(await page.evaluate(wantsPageNumbers))) return pdf;
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const pages = Object.fromEntries(namedDestinationPages(pdf));
    if (!(await page.evaluate(fillPageNumbers, pages))) break;
    pdf = await page.pdf(PDF_OPTIONS);
  }
  return pdf;
}
