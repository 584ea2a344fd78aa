/**
 * Reads the rows of an .xlsx with read-excel-file (see docs/dependencies.md). The library is
 * imported on first use, so reading a .csv never downloads it. Its errors carry stable codes,
 * which become the secretary's reasons; anything else it throws means the file is damaged.
 */
import { rowsAsText, type XlsxCellValue } from './cell-text.ts';
import type { ReadProblem } from './read-messages.ts';

const PROBLEM_OF_CODE: Record<string, ReadProblem> = {
  XLS_FILE_NOT_SUPPORTED: 'legacy',
  FILE_NOT_SUPPORTED: 'notXlsx',
  INVALID_ZIP: 'damaged',
  NO_DATA: 'emptyWorkbook',
};

function problemOf(error: unknown): ReadProblem {
  const code = (error as { code?: unknown } | null)?.code;
  return (typeof code === 'string' && PROBLEM_OF_CODE[code]) || 'damaged';
}

/** The first sheet that holds any data, as text; a problem when there is none or the file is bad. */
export async function readXlsxRows(
  bytes: Uint8Array,
): Promise<{ rows: string[][] } | { problem: ReadProblem }> {
  try {
    const { default: readXlsxFile } = await import('read-excel-file/universal');
    // The library wants an ArrayBuffer of exactly the file: `bytes` may be a view into a larger one.
    const buffer = bytes.slice().buffer;
    const sheets = await readXlsxFile(buffer);
    for (const { data } of sheets) {
      const rows = rowsAsText(data as unknown as XlsxCellValue[][]);
      if (rows.length > 0) return { rows };
    }
    return { problem: 'emptyWorkbook' };
  } catch (error) {
    return { problem: problemOf(error) };
  }
}
