/**
 * Splits text pasted from Excel or WPS (tab-separated) or read from a .csv file into records of
 * fields. Both quote a field that holds the separator, a quote or a line break, so one small
 * RFC 4180 reader serves both; a UTF-8 BOM and CRLF line ends are dropped. Never throws: an
 * unclosed quote simply runs to the end of the text, which the roster then reports as a bad row.
 */

export interface DelimitedRecord {
  /** 1-based record number, the row number Excel shows for it. */
  row: number;
  fields: string[];
}

/** Tab when any line holds one (what a spreadsheet copies), otherwise a comma. */
export function detectSeparator(text: string): '\t' | ',' {
  return text.includes('\t') ? '\t' : ',';
}

export function parseDelimited(input: string, separator = detectSeparator(input)): DelimitedRecord[] {
  const text = input.replace(/^\uFEFF/, '');
  const records: DelimitedRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let row = 1;
  const endRecord = () => {
    fields.push(field);
    records.push({ row, fields });
    fields = [];
    field = '';
    row++;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') field += text[i++];
      else quoted = false;
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === separator) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += char;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
