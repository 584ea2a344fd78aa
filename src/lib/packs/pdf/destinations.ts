/**
 * Reads back, from a PDF Chromium wrote, the page each named destination lands on: what a table of
 * contents needs, since Chromium has no `target-counter()`. Chromium writes a named destination for
 * every element an internal link (`<a href="#id">`) points at, in the catalog's `/Dests`
 * dictionary, and keeps object dictionaries uncompressed with a classic xref table. That is all
 * this reads; anything else (object streams, a `/Names` tree) yields no destinations.
 */

/** Byte offset of every object, from the xref table the trailer's `startxref` points at. */
function objectOffsets(text: string): Map<number, number> {
  const offsets = new Map<number, number>();
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!start || !text.startsWith('xref', Number(start[1]))) return offsets;
  const table = text.slice(Number(start[1]) + 4, text.indexOf('trailer', Number(start[1])));
  let next = 0;
  for (const [, a, , kind] of table.matchAll(/(\d+) (\d+)(?: ([nf]))?/g)) {
    if (!kind) next = Number(a);
    else if (kind === 'n') offsets.set(next++, Number(a));
    else next++;
  }
  return offsets;
}

/** Reads dictionaries of indirect objects by number (never their streams). */
function objectReader(text: string) {
  const offsets = objectOffsets(text);
  return (id: number): string => {
    const offset = offsets.get(id);
    if (offset === undefined) return '';
    const end = text.indexOf('endobj', offset);
    const body = text.slice(offset, end < 0 ? undefined : end);
    const stream = body.search(/>>\s*stream\r?\n/);
    return stream < 0 ? body : body.slice(0, stream + 2);
  };
}

const reference = (dict: string, key: string) => {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
  return match ? Number(match[1]) : undefined;
};

/** Page object number → 1-based page number, walking the page tree in order. */
function pageNumbers(read: (id: number) => string, root: number): Map<number, number> {
  const pages = new Map<number, number>();
  const walk = (id: number, depth: number) => {
    const dict = read(id);
    if (depth > 32 || !dict) return;
    if (!/\/Type\s*\/Pages\b/.test(dict)) {
      pages.set(id, pages.size + 1);
      return;
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '';
    for (const [, kid] of kids.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(kid), depth + 1);
  };
  walk(root, 0);
  return pages;
}

/** `#xx` escapes in a PDF name, e.g. `print-#E5#AD#A6` → the UTF-8 bytes they spell. */
const decodeName = (name: string) =>
  Buffer.from(
    name.replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

/** Destination name → the 1-based page it points at. */
export function namedDestinationPages(pdf: Uint8Array): Map<string, number> {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const read = objectReader(text);
  const rootId = /trailer\s*<<[^]*?\/Root\s+(\d+)\s+0\s+R/.exec(text)?.[1];
  const catalog = rootId ? read(Number(rootId)) : '';
  const pagesId = reference(catalog, 'Pages');
  const destsId = reference(catalog, 'Dests');
  const found = new Map<string, number>();
  if (pagesId === undefined || destsId === undefined) return found;
  const pages = pageNumbers(read, pagesId);
  for (const [, name, page] of read(destsId).matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const number = pages.get(Number(page));
    if (number !== undefined) found.set(decodeName(name!), number);
  }
  return found;
}
