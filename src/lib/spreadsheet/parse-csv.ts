/**
 * Reads delimited text as Excel and WPS write it (RFC 4180): fields quoted when they hold the
 * separator, a quote (doubled) or a line break; CRLF, LF or a lone CR between records. The
 * separator is a tab when the first record has more tabs than commas ("文本文件(制表符分隔)"
 * and "Unicode 文本" use tabs), otherwise a comma. Lenient like Excel: an unclosed quote runs to
 * the end of the text, and text after a closing quote stays in the field. Never throws.
 */

export type Separator = ',' | '\t';

/** Counts separators in the first record, outside quotes. */
export function detectSeparator(text: string): Separator {
  let commas = 0;
  let tabs = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') break;
    else if (char === ',') commas++;
    else if (char === '\t') tabs++;
  }
  return tabs > commas ? '\t' : ',';
}

export function parseCsv(text: string, separator: Separator = detectSeparator(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') field += text[i++];
      else quoted = false;
    } else if (char === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (char === separator) {
      row.push(field);
      field = '';
      fieldStart = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStart = true;
    } else {
      field += char;
      fieldStart = false;
    }
  }
  if (field !== '' || row.length > 0 || !fieldStart) rows.push([...row, field]);
  return rows;
}
