/**
 * One browser with one tab per pool lane. Tabs are reused from job to job (opening a tab costs
 * more than navigating one); a tab whose job failed is closed and replaced, since it may be stuck
 * mid-navigation.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { LocatedBrowser } from './browser/locate-browser.ts';
import { JOB_TIMEOUT_MS, PAGE_TIMEOUT_MS } from './engine.ts';
import { JobError, PDF_MESSAGES, PdfRenderError } from './errors.ts';
import { printPage, type PrintTarget } from './print-page.ts';

export interface Renderer {
  executablePath: string;
  print(lane: number, target: PrintTarget): Promise<void>;
  close(): Promise<void>;
}

async function launch({
  executablePath,
  args,
}: LocatedBrowser): Promise<{ browser: Browser; executablePath: string }> {
  try {
    return { browser: await chromium.launch({ executablePath, args }), executablePath };
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0]!;
    throw new PdfRenderError(PDF_MESSAGES.launch(executablePath, detail), [], { cause: error });
  }
}

async function openTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  // Lay the page out for print from the start, so the fonts and images that only print CSS
  // uses are loaded before document.fonts.ready is awaited.
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** Launches the browser render-pdfs located (and whose version its cache keys carry). */
export async function openRenderer(located: LocatedBrowser): Promise<Renderer> {
  const { browser, executablePath } = await launch(located);
  const context = await browser.newContext();
  const tabs = new Map<number, Promise<Page>>();
  const tabFor = (lane: number) => {
    let tab = tabs.get(lane);
    if (!tab) {
      tab = openTab(context);
      tabs.set(lane, tab);
    }
    return tab;
  };
  return {
    executablePath,
    async print(lane, target) {
      let timedOut = false;
      let deadline: NodeJS.Timeout | undefined;
      try {
        const page = await tabFor(lane);
        // page.evaluate and page.pdf have no timeout of their own; closing the tab ends both.
        deadline = setTimeout(() => {
          timedOut = true;
          page.close().catch(() => undefined);
        }, JOB_TIMEOUT_MS);
        await printPage(page, target);
      } catch (error) {
        const tab = tabs.get(lane);
        tabs.delete(lane);
        await tab?.then((page) => page.close()).catch(() => undefined);
        throw timedOut ? new JobError(PDF_MESSAGES.jobTimeout(JOB_TIMEOUT_MS / 1000)) : error;
      } finally {
        clearTimeout(deadline);
      }
    },
    close: () => browser.close(),
  };
}
