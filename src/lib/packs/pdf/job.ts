/** One PDF to print: the unit every step of the engine (plan, render, errors) speaks of. */
export interface PdfJob {
  /** Page to print, relative to outDir, e.g. 'print/modules/dx-001/index.html'. */
  source: string;
  /** Where the PDF goes, relative to outDir, e.g. 'packs/modules/dx-001.pdf'. */
  output: string;
  /** Document title for the PDF metadata and progress messages. */
  title: string;
  /**
   * The PDF's creation and modification date, YYYY-MM-DD (midnight UTC), taken from the content
   * (a pack uses its newest module's `updated`) so that a render never depends on the clock.
   * Default `PDF_DEFAULT_DATE` in engine.ts.
   */
  date?: string | undefined;
}
