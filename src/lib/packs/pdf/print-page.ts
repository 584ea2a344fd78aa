/**
 * Prints one page in one tab. A page whose own files (stylesheets, fonts, images from our
 * server) fail to load is a failed job: a PDF without its print CSS or with boxes for every
 * Chinese glyph must not be published, nor cached.
 */
import { writeFile } from 'node:fs/promises';
import type { Page, Request, Response } from 'playwright-core';
import { WAIT_UNTIL } from './engine.ts';
import { JobError, PDF_MESSAGES } from './errors.ts';
import { pdfWithPageNumbers } from './page-numbers.ts';
import { preparePageForPrint } from './prepare-page.ts';
import { publishLinks } from './print-links.ts';
import { stabilizePdf } from './stable-pdf.ts';

export interface PrintTarget {
  url: string;
  /** Becomes the PDF's Title: Chromium takes it from document.title, which is set to this. */
  title: string;
  /** Where the PDF is written. */
  path: string;
  /** The PDF's creation date, YYYY-MM-DD, instead of the clock (stable-pdf.ts). */
  date: string;
  /** The site's base path, under which the page's links into the site are recognised. */
  base: string;
}

/** Collects the requests to our own server that failed while a page loaded. */
function watchOwnRequests(page: Page, origin: string) {
  // By URL, first reason wins: Chromium reports a 404 stylesheet again as an aborted request.
  const failed = new Map<string, string>();
  const note = (url: string, reason: string) => {
    if (url.startsWith(origin) && !failed.has(url))
      failed.set(url, `${decodeURIComponent(url.slice(origin.length))}（${reason}）`);
  };
  const onResponse = (response: Response) => {
    if (response.status() >= 400) note(response.url(), String(response.status()));
  };
  const onFailed = (request: Request) => note(request.url(), request.failure()?.errorText ?? '失败');
  page.on('response', onResponse).on('requestfailed', onFailed);
  return {
    failed: () => [...failed.values()],
    stop: () => page.off('response', onResponse).off('requestfailed', onFailed),
  };
}

export async function printPage(page: Page, { url, title, path, date, base }: PrintTarget): Promise<void> {
  const watch = watchOwnRequests(page, new URL(url).origin);
  try {
    const response = await page.goto(url, { waitUntil: WAIT_UNTIL });
    if (!response?.ok()) throw new JobError(PDF_MESSAGES.httpStatus(response?.status() ?? 0));
    await page.evaluate(preparePageForPrint, title);
    const failed = watch.failed();
    if (failed.length > 0) throw new JobError(PDF_MESSAGES.missingAssets(failed.join('、')));
    await publishLinks(page, base);
    await writeFile(path, stabilizePdf(await pdfWithPageNumbers(page), date));
  } finally {
    watch.stop();
  }
}
