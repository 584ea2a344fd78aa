import { fingerprintHex, pathFingerprint } from './checksums.ts';

/**
 * The version of a year's plan, e.g. `2027-4F2A`: the year and a fingerprint of the required
 * codes in order. A completion code that carries it names the plan it was issued for.
 */
export function planVersion(year: number, requiredCodes: readonly string[]): string {
  return `${year}-${fingerprintHex(pathFingerprint(requiredCodes))}`;
}
