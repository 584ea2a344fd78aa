/**
 * Makes a PDF Chromium wrote depend on its content only, so that two renders of the same pack are
 * byte-identical (a CI shard and a laptop agree; a cached PDF equals a fresh one). Chromium (Skia)
 * writes two things that do not come from the page:
 *
 * - `/CreationDate` and `/ModDate` in the Info dictionary: the clock. They become the pack's
 *   date (its newest module's `updated`, see packs/plan.ts), at midnight UTC.
 * - `/ID (node00023203)` on tagged table headers and in the `/IDTree`: DOM node numbers, which
 *   keep counting up while a tab is reused. They are renumbered 1, 2, 3… in their original order,
 *   which keeps the ID tree sorted as PDF requires.
 *
 * Every rewrite keeps the byte length, so the xref table's offsets stay right without parsing the
 * file. Skia writes no document `/ID` and no XMP metadata for these options; the test renders a
 * pack twice and compares bytes, so a Chromium that starts writing either is noticed.
 */

/** `D:20270301000000+00'00'`, the same length as what Skia writes. */
export function pdfDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`PDF date must be YYYY-MM-DD, got ${date}`);
  return `D:${date.replaceAll('-', '')}000000+00'00'`;
}

const DATE_ENTRY = /\/(CreationDate|ModDate) \(D:\d{14}[+\-Z][^)]*\)/g;
const NODE_ID = /\(node(\d+)\)/g;

/** The PDF with dates set to `date` (YYYY-MM-DD) and node IDs renumbered; same length as `pdf`. */
export function stabilizePdf(pdf: Uint8Array, date: string): Buffer {
  const stamp = pdfDate(date);
  // latin1 maps bytes one to one, so string offsets are byte offsets and binary streams survive.
  let text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  text = text.replace(DATE_ENTRY, (entry, key: string) => {
    const replacement = `/${key} (${stamp})`;
    // A date in another form keeps its length by padding inside the string, never by shifting bytes.
    if (replacement.length > entry.length) return entry;
    return `${replacement.slice(0, -1).padEnd(entry.length - 1, ' ')})`;
  });
  const ids = [...new Set(Array.from(text.matchAll(NODE_ID), (match) => match[1]!))].sort(
    (a, b) => Number(a) - Number(b),
  );
  const renumbered = new Map(ids.map((id, index) => [id, String(index + 1).padStart(id.length, '0')]));
  text = text.replace(NODE_ID, (whole, id: string) => {
    const next = renumbered.get(id)!;
    return next.length === id.length ? `(node${next})` : whole;
  });
  return Buffer.from(text, 'latin1');
}
