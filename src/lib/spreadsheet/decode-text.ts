/**
 * Turns the bytes of a .csv into text the way Excel and WPS in China save it: UTF-8 with a BOM
 * ("CSV UTF-8"), UTF-8 without one (most other tools), UTF-16 with a BOM ("Unicode 文本"), or the
 * system code page, which on a Chinese Windows is GBK, read here as GB18030, its superset. Bytes
 * that are not valid UTF-8 are taken for GB18030: a real UTF-8 file almost never fails the strict
 * decoder, while GBK text of any length almost always does.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

function bomEncoding(bytes: Uint8Array): { encoding: TextEncoding; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const bom = bomEncoding(bytes);
  if (bom) {
    // ignoreBOM: the BOM is sliced off here, so a second one in the data stays visible.
    const decoder = new TextDecoder(bom.encoding, { ignoreBOM: true });
    return { text: decoder.decode(bytes.subarray(bom.skip)), encoding: bom.encoding };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
