/** One PDF to print: the unit every step of the engine (plan, render, errors) speaks of. */
export interface PdfJob {
  /** Page to print, relative to outDir, e.g. 'print/modules/dx-001/index.html'. */
  source: string;
  /** Where the PDF goes, relative to outDir, e.g. 'packs/modules/dx-001.pdf'. */
  output: string;
  /** Document title for the PDF metadata and progress messages. */
  title: string;
}
