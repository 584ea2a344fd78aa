import { detectSeparator, parseCsv, type Separator } from '../spreadsheet/parse-csv.ts';

/**
 * Text pasted from Excel or WPS (tab-separated) or read from a .csv file, as numbered records.
 * The reading itself is the spreadsheet layer's (`parseCsv`, one home for delimited text); this
 * adds the record number Excel shows, which the roster's problems name. A UTF-8 BOM is dropped.
 */
export interface DelimitedRecord {
  /** 1-based record number, the row number Excel shows for it. */
  row: number;
  fields: string[];
}

export { detectSeparator };

export function parseDelimited(input: string, separator?: Separator): DelimitedRecord[] {
  const text = input.replace(/^\uFEFF/, '');
  return parseCsv(text, separator ?? detectSeparator(text)).map((fields, index) => ({
    row: index + 1,
    fields,
  }));
}
