/**
 * Crockford's Base32: digits and capitals without I, L, O and U, so a code read aloud or typed
 * from paper survives the usual confusions (O/0, I/1/L), and case does not matter.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function encodeBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let output = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      output += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) output += ALPHABET[(value << (5 - bits)) & 31];
  return output;
}

/** Upper case, with the letters people mistake for digits read as those digits. */
export function normaliseBase32(text: string): string {
  return text.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** Decodes Crockford Base32; returns undefined for characters outside the alphabet. */
export function decodeBase32(text: string): Uint8Array | undefined {
  const normalised = normaliseBase32(text);
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of normalised) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return undefined;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(bytes);
}
