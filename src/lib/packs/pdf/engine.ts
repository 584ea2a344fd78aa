/**
 * How every page is printed, and the version string the cache key includes. Whatever here can
 * change a PDF for the same input feeds into `engineVersion`, so changing it empties the cache
 * without anyone having to remember to bump a number.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { PdfRenderError } from './errors.ts';

/** Bump when printPage changes in a way the options below do not show. */
const ENGINE_REVISION = 4;

export const WAIT_UNTIL = 'load';

/**
 * The creation date of a PDF whose job names none: fixed, so that no render depends on the clock.
 * The packs integration always names one (the pack's newest module `updated`).
 */
export const PDF_DEFAULT_DATE = '2000-01-01';

/** For loading a page (Playwright's navigation timeout). */
export const PAGE_TIMEOUT_MS = 30_000;
/** For a whole job, printing included: a long pack takes seconds, never minutes. */
export const JOB_TIMEOUT_MS = 120_000;

/**
 * Running headers and page numbers come from CSS margin boxes (`@page { @top-center {…} }`),
 * which Chromium honours, so Chromium's own header and footer stay off.
 */
export const PDF_OPTIONS = {
  format: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  outline: true,
  tagged: true,
  displayHeaderFooter: false,
} as const;

export const FONT_PACKAGE = '@fontsource/noto-serif-sc';

const require = createRequire(import.meta.url);

export interface FontPackage {
  dir: string;
  version: string;
}

/** The installed font package; throws with advice when it is missing. */
export function findFontPackage(): FontPackage {
  try {
    const manifest = require.resolve(`${FONT_PACKAGE}/package.json`);
    return { dir: dirname(manifest), version: (require(manifest) as { version: string }).version };
  } catch (error) {
    const message = `找不到字体包 ${FONT_PACKAGE}（学习包 PDF 的中文字体），请运行 npm install`;
    throw new PdfRenderError(message, [], { cause: error });
  }
}

function packageVersion(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** `browser` is the browser's own version (browser-version.ts): a new Chromium lays pages out anew. */
export function engineVersion(font: FontPackage, browser: string): string {
  return JSON.stringify({
    revision: ENGINE_REVISION,
    waitUntil: WAIT_UNTIL,
    pdf: PDF_OPTIONS,
    font: `${FONT_PACKAGE}@${font.version}`,
    renderer: `playwright-core@${packageVersion('playwright-core')}`,
    browser,
  });
}
