import encodeQR, { type ErrorCorrection } from 'qr';
import { escapeHtml } from '../../security/escape/html.ts';

export interface QrSvgOptions {
  /** Error correction; Q (quartile) or higher for anything printed, which gets scuffed and folded. */
  ecc?: ErrorCorrection;
  /** Quiet zone in modules; the standard asks for 4. */
  border?: number;
  /** Accessible name, e.g. what the code opens. */
  label?: string;
}

/**
 * A QR code as compact, scalable SVG. The library's SVG draws one square per dark module;
 * merging horizontal runs into one rectangle makes the markup about three times smaller,
 * which matters on a phone page and in every printed pack.
 */
export function qrSvg(text: string, { ecc = 'quartile', border = 4, label }: QrSvgOptions = {}): string {
  const matrix = encodeQR(text, 'raw', { ecc, border });
  const size = matrix.length;
  let path = '';
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (row[end + 1]) end++;
      path += `M${x} ${y}h${end - x + 1}v1h${x - end - 1}z`;
      x = end;
    }
  });
  const name = label ? ` role="img" aria-label="${escapeHtml(label)}"` : ' aria-hidden="true"';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"${name}><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
