/**
 * Opens a roster the secretary picked: an .xlsx, or a .csv in whatever encoding Excel or WPS
 * saved it. What the file is comes from its bytes (`file-kind.ts`), its name only breaks ties and
 * names it in the reason. Never throws: every way a file can be wrong is one Chinese sentence
 * (`read-messages.ts`), so the page shows it and changes nothing.
 */
import { decodeText } from './decode-text.ts';
import { detectFileKind, fileExtension } from './file-kind.ts';
import { parseCsv } from './parse-csv.ts';
import { MAX_TABLE_FILE_BYTES, readProblem } from './read-messages.ts';
import { readXlsxRows } from './read-xlsx.ts';
import type { ReadTableResult } from './types.ts';

/** Extensions read as delimited text; .txt and .tsv are what "文本文件" and "Unicode 文本" save. */
const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv']);
/** Binary formats of Excel and WPS before .xlsx: the secretary is told to save as .xlsx or .csv. */
const LEGACY_EXTENSIONS = new Set(['xls', 'xlt']);
const WPS_EXTENSIONS = new Set(['et', 'ett']);

function readText(bytes: Uint8Array, fileName: string): ReadTableResult {
  const { text, encoding } = decodeText(bytes);
  // A text file has no NUL byte in its first kilobyte unless it is UTF-16, which has a BOM.
  if (!encoding.startsWith('utf-16') && bytes.subarray(0, 1024).includes(0))
    return readProblem('notText', fileName);
  const rows = parseCsv(text).map((row) => row.map((cell) => cell.trim()));
  while (rows.length > 0 && rows.at(-1)!.every((cell) => cell === '')) rows.pop();
  return rows.length > 0 ? { rows } : readProblem('emptyText', fileName);
}

export async function readTableFile(bytes: Uint8Array, fileName: string): Promise<ReadTableResult> {
  if (bytes.length > MAX_TABLE_FILE_BYTES) return readProblem('tooLarge', fileName);
  const kind = detectFileKind(bytes);
  const extension = fileExtension(fileName);
  if (kind === 'encrypted') return readProblem(kind, fileName);
  if (kind === 'legacy') return readProblem(WPS_EXTENSIONS.has(extension) ? 'wps' : 'legacy', fileName);
  if (kind === 'xlsx') {
    const result = await readXlsxRows(bytes);
    return 'rows' in result ? result : readProblem(result.problem, fileName);
  }
  if (extension === 'xlsx' || extension === 'xlsm')
    return readProblem(bytes.length === 0 ? 'emptyText' : 'notXlsx', fileName);
  if (LEGACY_EXTENSIONS.has(extension)) return readProblem('legacy', fileName);
  if (WPS_EXTENSIONS.has(extension)) return readProblem('wps', fileName);
  if (TEXT_EXTENSIONS.has(extension)) return readText(bytes, fileName);
  return readProblem('unsupported', fileName);
}
