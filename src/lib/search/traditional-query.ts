/**
 * Whether a search needs converting from traditional to simplified characters before it goes to
 * Pagefind, whose index holds the simplified text. Members in Hong Kong and Macau type 繁体; the
 * converter (about 25 KB gzip, `to-simplified.ts`) is downloaded only for a query that has a
 * character outside the simplified set, so a member who types simplified pays nothing for it.
 */

/** A Han character (CJK ideographs of every block, compatibility ideographs included). */
const HAN = /\p{Script=Han}/u;

let gb2312: ReadonlySet<string> | undefined;

/**
 * The 6,763 hanzi of GB 2312, the national standard's simplified set, read out of the browser's
 * own GBK decoder (rows 0xB0–0xF7), so no character list travels to the phone. Null where
 * the runtime has no such decoder: every Han query is then converted, which is correct, only
 * larger.
 */
export function simplifiedCharacters(): ReadonlySet<string> | null {
  if (gb2312) return gb2312;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder('gb2312', { fatal: true });
  } catch {
    return null;
  }
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
  }
  // Five cells at the end of row 0xD7 are unassigned in GB 2312; GBK decodes them all the same.
  gb2312 = new Set(decoder.decode(new Uint8Array(bytes)));
  return gb2312;
}

/**
 * True when `query` holds a Han character that is not in the simplified set. A simplified
 * character outside GB 2312 (a rare name) also answers true: converting it changes nothing, and
 * costs the converter's download once.
 */
export function needsSimplifying(
  query: string,
  simplified: ReadonlySet<string> | null = simplifiedCharacters(),
): boolean {
  for (const char of query) {
    if (HAN.test(char) && !simplified?.has(char)) return true;
  }
  return false;
}
