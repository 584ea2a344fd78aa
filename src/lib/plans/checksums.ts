/** CRC-16/CCITT-FALSE: catches every single- and double-character typo in a completion code. */
export function crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** 16-bit FNV-1a (xor-folded), to identify a group or a path version in two bytes. */
export function hash16(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return ((hash >>> 16) ^ hash) & 0xffff;
}

/**
 * The version of a path: changes whenever its modules or their order change. The one formula for
 * it: completion codes carry it, and a plan's version (`planVersion`) and a path.json's legacy
 * version print it with `fingerprintHex`.
 */
export function pathFingerprint(moduleCodes: readonly string[]): number {
  return hash16(moduleCodes.join(','));
}

/** A fingerprint as versions print it: four upper-case hex digits, `4F2A`. */
export function fingerprintHex(fingerprint: number): string {
  return fingerprint.toString(16).toUpperCase().padStart(4, '0');
}
